using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Stories;

/// <summary>A story's slug: made from the headline or typed, unique among current and former slugs, and moved without breaking old links.</summary>
public sealed class StorySlugs(NewsSiteDb db)
{
    public async Task<string?> ChooseAsync(int id, StoryForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var typed = form.Slug?.Trim();
        var slug = Slug.From(string.IsNullOrEmpty(typed) ? form.Headline : typed, ArticleLimits.Slug);
        if (slug.Length == 0)
        {
            errors.AddModelError("Form.Slug", "The slug needs letters or digits.");
            return null;
        }

        if (!await IsTakenAsync(id, slug, cancellationToken))
        {
            return slug;
        }

        if (!string.IsNullOrEmpty(typed))
        {
            errors.AddModelError("Form.Slug", $"Another story uses the slug “{slug}”: choose another.");
            return null;
        }

        for (var counter = 2; ; counter++)
        {
            var next = Slug.WithSuffix(slug, counter);
            if (!await IsTakenAsync(id, next, cancellationToken))
            {
                return next;
            }
        }
    }

    private async Task<bool> IsTakenAsync(int id, string slug, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != id, cancellationToken)
        || await db.FormerSlugs.AnyAsync(f => f.Slug == slug && f.ArticleId != id, cancellationToken);

    // Readers may have the old URL of a story that was live, so it keeps answering with a redirect.
    public static void Change(Article article, string slug, bool wasLive)
    {
        if (article.Slug == slug)
        {
            return;
        }

        if (wasLive && article.Slug.Length > 0 && article.FormerSlugs.All(f => f.Slug != article.Slug))
        {
            article.FormerSlugs.Add(new FormerSlug { Slug = article.Slug });
        }

        article.FormerSlugs.RemoveAll(f => f.Slug == slug);
        article.Slug = slug;
    }
}
