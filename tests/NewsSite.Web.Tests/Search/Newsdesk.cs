using Microsoft.Extensions.DependencyInjection;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Tests.Search;

/// <summary>Files stories straight into the site's store, as editors will, for tests that need more than the seed.</summary>
internal static class Newsdesk
{
    public static async Task FileAsync(this NewsSiteFactory site, params Article[] stories)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var sectionId = db.Sections.OrderBy(s => s.Position).First().Id;
        foreach (var story in stories)
        {
            story.SectionId = sectionId;
            db.Articles.Add(story);
        }

        await db.SaveChangesAsync();
    }

    public static Article Story(string headline, string body, ArticleStatus status = ArticleStatus.Published, DateTime? publishedAt = null)
    {
        var now = DateTime.UtcNow;
        return new Article
        {
            Slug = Slug.From(headline),
            Headline = headline,
            HeadlineKey = HeadlineKey.From(headline),
            Summary = Summary.From(body),
            Body = body,
            Status = status,
            PublishedAt = publishedAt ?? now.AddHours(-1),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
