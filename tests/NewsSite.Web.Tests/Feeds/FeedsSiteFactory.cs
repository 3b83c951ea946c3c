using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Tests.Feeds;

/// <summary>The seeded site with its clock stopped the day after the seed page was captured (December 14, 2024).</summary>
public sealed class FeedsSiteFactory(params (string Key, string Value)[] settings) : NewsSiteFactory
{
    public static readonly DateTimeOffset Now = new(2024, 12, 15, 6, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    public async Task<(string? ContentType, string Body)> GetTextAsync(string url)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The first bytes as served: a byte-order mark would show here (string reads drop it).</summary>
    public async Task<byte[]> GetBytesAsync(string url)
    {
        using var client = CreateClient();
        return await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
    }

    public async Task<XDocument> GetXmlAsync(string url)
    {
        var (_, body) = await GetTextAsync(url);
        return XDocument.Parse(body);
    }

    public async Task<SyndicationFeed> GetFeedAsync(string url)
    {
        using var client = CreateClient();
        await using var stream = await client.GetStreamAsync(new Uri(url, UriKind.Relative));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = false });
        return SyndicationFeed.Load(reader);
    }

    /// <summary>The stories readers can see, as the store holds them.</summary>
    public async Task<List<StoredStory>> VisibleStoriesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        return await db.Articles.AsNoTracking().VisibleToReaders(Now.UtcDateTime)
            .Select(a => new StoredStory(a.Slug, a.Headline, a.Section!.Slug, a.PublishedAt!.Value))
            .ToListAsync();
    }

    public async Task AddArticleAsync(string slug, ArticleStatus status, DateTimeOffset? publishedAt, string sectionSlug = "india")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var headline = "Story " + slug;
        db.Articles.Add(new Article
        {
            Slug = slug,
            Headline = headline,
            HeadlineKey = HeadlineKey.From(headline),
            Summary = "A summary of " + slug,
            Body = "A body for " + slug,
            Status = status,
            PublishedAt = publishedAt?.UtcDateTime,
            UpdatedAt = Now.UtcDateTime,
            CreatedAt = Now.UtcDateTime,
            SectionId = await db.Sections.Where(s => s.Slug == sectionSlug).Select(s => s.Id).SingleAsync(),
        });
        await db.SaveChangesAsync();
    }

    public static string Absolute(string path) => "http://localhost" + path;

    public sealed record StoredStory(string Slug, string Headline, string SectionSlug, DateTime PublishedAt)
    {
        public string Url => Absolute("/news/" + Slug);

        public DateTimeOffset PublishedUtc => new(DateTime.SpecifyKind(PublishedAt, DateTimeKind.Utc));
    }
}
