using System.Net;
using System.ServiceModel.Syndication;
using NewsSite.Articles;

namespace NewsSite.Web.Tests.Feeds;

public sealed class SyndicationFeedTests : IAsyncDisposable
{
    private readonly FeedsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("/feed.rss", "application/rss+xml; charset=utf-8")]
    [InlineData("/feed.atom", "application/atom+xml; charset=utf-8")]
    public async Task The_site_feed_carries_the_seed_stories_newest_first_with_absolute_links_and_dates(string url, string contentType)
    {
        var stories = await _site.VisibleStoriesAsync();
        var (servedAs, body) = await _site.GetTextAsync(url);
        var feed = await _site.GetFeedAsync(url);

        Assert.Equal(contentType, servedAs);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body, StringComparison.Ordinal);
        Assert.Equal((byte)'<', (await _site.GetBytesAsync(url))[0]);
        Assert.Equal("NewsSite", feed.Title.Text);
        Assert.Equal("News from India and the world", feed.Description.Text);
        Assert.Equal(5, stories.Count);
        Assert.Equal(stories.OrderByDescending(s => s.PublishedAt).Select(s => s.PublishedUtc), feed.Items.Select(i => i.PublishDate));
        Assert.Equal(stories.Select(s => s.Url).Order(), feed.Items.Select(Link).Order());
        foreach (var item in feed.Items)
        {
            var story = stories.Single(s => s.Url == Link(item));
            Assert.Equal(story.Headline, item.Title.Text);
            Assert.False(string.IsNullOrWhiteSpace(item.Summary.Text));
            Assert.Equal(story.PublishedUtc, item.PublishDate);
            Assert.True(item.LastUpdatedTime >= item.PublishDate);
            Assert.Single(item.Categories);
        }
    }

    [Fact]
    public async Task The_agency_is_credited_as_the_author_of_its_story()
    {
        var feed = await _site.GetFeedAsync("/feed.atom");

        var story = feed.Items.Single(i => i.Title.Text.StartsWith("N Korea has supplied", StringComparison.Ordinal));
        Assert.Equal("AP", Assert.Single(story.Authors).Name);
        Assert.Equal("World", Assert.Single(story.Categories).Name);
    }

    [Theory]
    [InlineData("/section/india/feed.rss")]
    [InlineData("/section/india/feed.atom")]
    public async Task A_section_feed_lists_only_that_sections_stories(string url)
    {
        var india = (await _site.VisibleStoriesAsync()).Where(s => s.SectionSlug == "india").Select(s => s.Url).Order().ToList();

        var feed = await _site.GetFeedAsync(url);

        Assert.NotEmpty(india);
        Assert.Equal(india, feed.Items.Select(Link).Order());
        Assert.All(feed.Items, i => Assert.Equal("India", Assert.Single(i.Categories).Name));
        Assert.Equal(FeedsSiteFactory.Absolute("/section/india"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("/section/no-such-section/feed.rss")]
    [InlineData("/section/no-such-section/feed.atom")]
    public async Task An_unknown_section_has_no_feed(string url)
    {
        using var client = _site.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Drafts_withdrawn_and_future_stories_stay_out_of_feeds_while_a_scheduled_story_whose_time_has_come_appears()
    {
        var hourAgo = FeedsSiteFactory.Now.AddHours(-1);
        await _site.AddArticleAsync("draft-story", ArticleStatus.Draft, hourAgo);
        await _site.AddArticleAsync("withdrawn-story", ArticleStatus.Withdrawn, hourAgo);
        await _site.AddArticleAsync("tomorrows-story", ArticleStatus.Scheduled, FeedsSiteFactory.Now.AddDays(1));
        await _site.AddArticleAsync("scheduled-story", ArticleStatus.Scheduled, hourAgo);

        foreach (var url in new[] { "/feed.rss", "/feed.atom", "/section/india/feed.rss", "/section/india/feed.atom" })
        {
            var links = (await _site.GetFeedAsync(url)).Items.Select(Link).ToList();

            Assert.Equal(FeedsSiteFactory.Absolute("/news/scheduled-story"), links[0]);
            Assert.DoesNotContain(links, l => l.EndsWith("/draft-story", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => l.EndsWith("/withdrawn-story", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => l.EndsWith("/tomorrows-story", StringComparison.Ordinal));
        }
    }

    private static string Link(SyndicationItem item) =>
        item.Links.Single(l => l.RelationshipType is null or "alternate").Uri.AbsoluteUri;
}
