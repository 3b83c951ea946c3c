using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Articles;
using NewsSite.Sections;
using NewsSite.Store;
using NewsSite.Tags;

namespace NewsSite.Web.Tests;

/// <summary>Puts stories into a running test site's store, the way an editor's save would.</summary>
internal static class Stories
{
    public const string SeedSlug = "n-korea-has-supplied-7000-containers-of-munitions-to-russia-s-korean-defence";

    public static async Task<Article> AddAsync(
        NewsSiteFactory site,
        string headline,
        ArticleStatus status = ArticleStatus.Published,
        DateTime? publishedAt = null,
        string section = StandardSections.India,
        string body = "A plain paragraph.",
        string? source = null,
        params string[] tags)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var article = new Article
        {
            Headline = headline,
            HeadlineKey = HeadlineKey.From(headline),
            Slug = Slug.From(headline),
            Summary = headline + ".",
            Body = body,
            Status = status,
            Source = source,
            PublishedAt = publishedAt ?? DateTime.UtcNow.AddHours(-1),
            UpdatedAt = publishedAt ?? DateTime.UtcNow.AddHours(-1),
            CreatedAt = DateTime.UtcNow,
            SectionId = await db.Sections.Where(s => s.Slug == section).Select(s => s.Id).SingleAsync(),
        };
        foreach (var name in tags)
        {
            var tag = await db.Tags.SingleOrDefaultAsync(t => t.Name == name) ?? new Tag { Name = name, Slug = Slug.From(name) };
            article.Tags.Add(tag);
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    public static async Task ChangeAsync(NewsSiteFactory site, string slug, Action<Article> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var article = await db.Articles.Include(a => a.RelatedLinks).Include(a => a.Tags).SingleAsync(a => a.Slug == slug);
        change(article);
        await db.SaveChangesAsync();
    }

    public static async Task WithStoreAsync(NewsSiteFactory site, Func<NewsSiteDb, Task> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<NewsSiteDb>());
    }
}
