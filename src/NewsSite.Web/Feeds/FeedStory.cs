using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Feeds;

/// <summary>A story as feeds carry it: only the columns an RSS item or Atom entry shows.</summary>
public sealed record FeedStory(
    string Slug,
    string Headline,
    string Summary,
    string SectionName,
    string? Byline,
    string? Source,
    DateTime PublishedAt,
    DateTime UpdatedAt)
{
    public const int FeedSize = 30;

    private static readonly Expression<Func<Article, FeedStory>> FromArticle = a => new FeedStory(
        a.Slug, a.Headline, a.Summary, a.Section!.Name, a.Byline, a.Source, a.PublishedAt!.Value, a.UpdatedAt);

    /// <summary>A story edited before it went live still counts as new from the moment it was published.</summary>
    public DateTime LastModified => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;

    /// <summary>The newest stories readers can see, of the whole site or of one section.</summary>
    public static Task<List<FeedStory>> LatestAsync(NewsSiteDb db, DateTime nowUtc, int? sectionId, CancellationToken cancellationToken)
    {
        var stories = db.Articles.AsNoTracking().VisibleToReaders(nowUtc);
        if (sectionId is { } id)
        {
            stories = stories.Where(a => a.SectionId == id);
        }

        return stories
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(FeedSize)
            .Select(FromArticle)
            .ToListAsync(cancellationToken);
    }
}
