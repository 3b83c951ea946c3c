using System.ServiceModel.Syndication;
using NewsSite.Site;

namespace NewsSite.Feeds;

/// <summary>Turns a page's latest stories into a syndication feed with absolute links.</summary>
internal sealed class NewsFeed(SiteUrls urls, string siteName)
{
    public SyndicationFeed Build(
        string title, string description, string pagePath, string feedPath, FeedFormat format, IReadOnlyList<FeedStory> stories, DateTimeOffset now)
    {
        var pageUrl = new Uri(urls.Absolute(pagePath));
        var feed = new SyndicationFeed(title, description, pageUrl)
        {
            Id = pageUrl.AbsoluteUri,
            Language = "en",
            LastUpdatedTime = stories.Count > 0 ? stories.Max(s => FeedDates.Utc(s.LastModified)) : now,
            Items = stories.Select(Item).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(feedPath)), format.MediaType));
        feed.Authors.Add(new SyndicationPerson { Name = siteName, Uri = urls.Absolute("/") });
        return feed;
    }

    private SyndicationItem Item(FeedStory story)
    {
        var link = new Uri(urls.Absolute(SiteUrls.Article(story.Slug)));
        var item = new SyndicationItem
        {
            Id = link.AbsoluteUri,
            Title = new TextSyndicationContent(story.Headline),
            Summary = new TextSyndicationContent(story.Summary),
            PublishDate = FeedDates.Utc(story.PublishedAt),
            LastUpdatedTime = FeedDates.Utc(story.LastModified),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link, "text/html"));
        item.Categories.Add(new SyndicationCategory(story.SectionName));

        // The byline names the reporter; an agency story without one is credited to the agency.
        if ((story.Byline ?? story.Source) is { Length: > 0 } credit)
        {
            item.Authors.Add(new SyndicationPerson { Name = credit });
        }

        return item;
    }
}
