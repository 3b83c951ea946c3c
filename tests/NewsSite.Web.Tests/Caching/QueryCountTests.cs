using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Ads;
using NewsSite.Articles;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Caching;

/// <summary>
/// The SQL commands each reader page sends, with the output cache off: a small fixed number, whatever the page shows
/// (no N+1 over related articles, tags, sections or ads).
/// </summary>
public sealed class QueryCountTests : IAsyncDisposable
{
    private const int MostCommandsPerPage = 4;
    private readonly CountingSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private async Task<int> CommandsForAsync(string url)
    {
        using var client = _site.CreateClient();
        using (var warm = await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.True(warm.IsSuccessStatusCode, $"{url} answered {(int)warm.StatusCode}");
        }

        _site.Counter.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return _site.Counter.Count;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/news/" + Stories.SeedSlug)]
    [InlineData("/section/india")]
    [InlineData("/search?q=korea")]
    [InlineData("/source/AP")]
    [InlineData("/feed.rss")]
    [InlineData("/sitemap.xml")]
    public async Task A_reader_page_sends_a_small_fixed_number_of_commands(string url)
    {
        var commands = await CommandsForAsync(url);

        Assert.True(commands <= MostCommandsPerPage, $"{url} sent {commands} SQL commands.");
    }

    [Fact]
    public async Task More_tags_related_articles_and_ads_do_not_mean_more_commands()
    {
        await Stories.AddAsync(_site, "Plain story", section: StandardSections.World, body: "Few words.");
        var plain = await CommandsForAsync("/news/plain-story");

        await Stories.AddAsync(_site, "Busy story", section: StandardSections.World, body: "North Korea Russia missiles.", tags: ["Korea", "Russia", "Missiles", "Defence"]);
        for (var i = 0; i < 6; i++)
        {
            await Stories.AddAsync(_site, $"Korea missiles update {i}", section: StandardSections.World, body: "North Korea Russia missiles.", tags: ["Korea", "Missiles"]);
        }

        await Stories.WithStoreAsync(_site, async db =>
        {
            foreach (var slot in LayoutAdSlots.All)
            {
                db.AdCreatives.Add(new AdCreative { AdSlotId = slot.Id, Name = slot.Name, ImageUrl = "/ads/x.png", LinkUrl = "https://advertiser.example/" });
            }

            await db.SaveChangesAsync();
        });
        var busy = await CommandsForAsync("/news/busy-story");

        Assert.Equal(plain, busy);
    }

    private sealed class CountingSite : NewsSiteFactory
    {
        public CommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Caching:Enabled", "false");
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Counter));
        }
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
