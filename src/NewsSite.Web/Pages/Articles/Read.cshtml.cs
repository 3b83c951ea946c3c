using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Articles;
using NewsSite.Caching;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages.Articles;

public class ReadModel(NewsSiteDb db, SiteTime time, SiteUrls urls, RelatedArticles relatedArticles, AdBoard ads, LiveSettings settings) : PageModel
{
    public ArticlePageView Story { get; private set; } = null!;

    public IReadOnlyList<ArticleTeaser> Related { get; private set; } = [];

    public string CanonicalUrl { get; private set; } = "";

    /// <summary>Where the in-article ad splits the body, if it does.</summary>
    public int? SplitBodyAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var now = time.UtcNow;
        var story = await ArticlePageQueries.StoryBySlug(db, slug, cancellationToken);
        if (story is null)
        {
            var current = await db.FormerSlugs.AsNoTracking().Where(f => f.Slug == slug).Select(f => f.Article!.Slug).FirstOrDefaultAsync(cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(SiteUrls.Article(current));
        }

        if (story.Status == ArticleStatus.Withdrawn)
        {
            IsWithdrawn = true;
            Story = story;
            Response.StatusCode = StatusCodes.Status410Gone;
            new PageMeta("Story withdrawn", "This story has been withdrawn.") { NoIndex = true }.ApplyTo(ViewData);
            return Page();
        }

        if (!ReaderVisibility.IsVisibleToReaders(story.Status, story.PublishedAt, now))
        {
            return NotFound();
        }

        var published = story.PublishedAt!.Value;

        Story = story;
        ads.SectionId = story.SectionId;
        var related = await relatedArticles.ForAsync(story.Id, cancellationToken);
        Related = related.Shown;
        HttpContext.TagCache([CacheTags.Article(story.Id), .. related.NamedIds.Select(CacheTags.Lists)]);
        Response.Headers.LastModified = DateTime.SpecifyKind(story.UpdatedAt > published ? story.UpdatedAt : published, DateTimeKind.Utc).ToString("R");
        SplitBodyAt = story.IsExcerptOnly ? null : BodySplit.AfterParagraph(story.BodyHtml, settings.Current.InArticleAdAfterParagraph);
        var path = SiteUrls.Article(story.Slug);
        CanonicalUrl = urls.Absolute(path);
        new PageMeta(story.Headline, story.Summary)
        {
            CanonicalPath = path,
            OpenGraphType = "article",
            ImageUrl = story.ImageUrl,
            ImageAlt = story.ImageAlt,
            JsonLd = ArticleJsonLd.For(story, CanonicalUrl, settings.Current.Name, urls.Absolute),
        }.ApplyTo(ViewData);
        return Page();
    }
}
