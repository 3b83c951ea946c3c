using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsSite.Web.Tests.Upgrades;

public sealed class StoreStartupTests
{
    [Fact]
    public async Task A_store_from_before_stored_related_lists_gets_them_when_the_site_migrates_it()
    {
        await using var first = new NewsSiteFactory();
        await first.GetPageAsync("/");
        var places = 0;
        await Stories.WithStoreAsync(first, async db =>
        {
            places = await db.ComputedRelated.CountAsync();
            // Back to the last migration before the lists were stored: their table goes.
            await db.GetService<IMigrator>().MigrateAsync("ReaderListIndexes");
        });
        Assert.True(places > 0, "the seeded store has computed related lists");

        await using var upgraded = new SiteOn(first.DataFolder);
        await upgraded.GetPageAsync("/");

        await Stories.WithStoreAsync(upgraded, async db => Assert.Equal(places, await db.ComputedRelated.CountAsync()));
    }

    /// <summary>The site started on a store another test host made.</summary>
    private sealed class SiteOn(string folder) : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Data:Folder", folder);
            builder.UseSetting("ConnectionStrings:NewsSite", $"Data Source={Path.Combine(folder, "store.db")}");
        }
    }
}
