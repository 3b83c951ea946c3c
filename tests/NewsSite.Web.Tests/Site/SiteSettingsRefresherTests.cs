using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Site;

/// <summary>
/// Several instances of the site on one store, as behind a load balancer: a settings save on one reaches the others'
/// reader pages (cached ones too) once their refresh interval has passed on their clock.
/// </summary>
public sealed class SiteSettingsRefresherTests
{
    private const int RefreshSeconds = 30;
    private const string NewName = "The Kerala Chronicle";

    [Fact]
    public async Task A_name_saved_on_one_instance_reaches_the_other_instances_cached_front_page_after_the_refresh_interval()
    {
        await using var first = new Instance(RefreshSeconds);
        await using var second = new Instance(RefreshSeconds, sharing: first);
        using var admin = await first.SignInAsAsync(NewsroomRoles.Admin);
        // Read (and cached) on the second instance before the save.
        Assert.Equal("NewsSite", await SiteNameAsync(second));

        await SaveNameAsync(admin, NewName);

        Assert.Equal(NewName, await SiteNameAsync(first));
        Assert.Equal("NewsSite", await SiteNameAsync(second));
        Assert.Equal(NewName, await SiteNameAfterRefreshesAsync(second, expected: NewName));
    }

    [Fact]
    public async Task With_the_refresh_turned_off_the_other_instance_keeps_the_settings_it_started_with()
    {
        await using var first = new Instance(RefreshSeconds);
        await using var second = new Instance(0, sharing: first);
        using var admin = await first.SignInAsAsync(NewsroomRoles.Admin);
        Assert.Equal("NewsSite", await SiteNameAsync(second));

        await SaveNameAsync(admin, NewName);

        Assert.Equal("NewsSite", await SiteNameAfterRefreshesAsync(second, expected: NewName));
    }

    private static async Task SaveNameAsync(NewsroomSession admin, string name)
    {
        var (status, _) = await admin.PostFormAsync("/admin/settings", "form.site-settings", new Dictionary<string, string> { ["Form.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    private static async Task<string?> SiteNameAsync(Instance site) => (await site.GetPageAsync("/")).QuerySelector(".site-name")?.TextContent;

    /// <summary>
    /// Moves the instance's clock on by the refresh interval and reads the front page, until it shows
    /// <paramref name="expected"/> or ten intervals have passed. The refresh runs in the background (and its timer
    /// starts a moment after the site does), so the page may need a few real moments to change.
    /// </summary>
    private static async Task<string?> SiteNameAfterRefreshesAsync(Instance site, string expected)
    {
        string? name = null;
        for (var i = 0; i < 10 && name != expected; i++)
        {
            site.Clock.Advance(TimeSpan.FromSeconds(RefreshSeconds));
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            name = await SiteNameAsync(site);
        }

        return name;
    }

    /// <summary>One instance of the site on a clock the test moves; the second shares the first one's store.</summary>
    private sealed class Instance(int refreshSeconds, Instance? sharing = null) : NewsSiteFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (sharing is not null)
            {
                builder.UseSetting("Data:Folder", sharing.DataFolder);
                builder.UseSetting("ConnectionStrings:NewsSite", $"Data Source={Path.Combine(sharing.DataFolder, "store.db")}");
            }

            builder.UseSetting("Site:SettingsRefreshSeconds", refreshSeconds.ToString(CultureInfo.InvariantCulture));
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
