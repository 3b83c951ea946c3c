using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Sections;
using NewsSite.Store;

namespace NewsSite.Importing;

/// <summary>
/// Turns one parsed page into articles and curated links on a tracked context. Stories are matched by
/// headline: an existing full story is left as editors keep it, an excerpt-only one is completed in place
/// (same slug, same links), and related entries that are new become excerpt-only articles.
/// </summary>
internal sealed class SeedPageWriter(NewsSiteDb db, DateTime now)
{
    private readonly HashSet<string> _takenSlugs = new(StringComparer.Ordinal);
    private Dictionary<string, int> _sections = [];

    /// <returns>The import record to save, or null when the page adds nothing the store lacks.</returns>
    public async Task<ImportRecord?> WriteAsync(SeedPage page, string fileName, string hash, CancellationToken cancellationToken)
    {
        _sections = await db.Sections.ToDictionaryAsync(s => s.Slug, s => s.Id, cancellationToken);
        var storyKey = HeadlineKey.From(page.Headline);
        var keys = page.Related.Select(r => HeadlineKey.From(r.Title)).Append(storyKey).Distinct().ToList();
        var known = (await db.Articles.Include(a => a.RelatedLinks)
                .Where(a => keys.Contains(a.HeadlineKey))
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .DistinctBy(a => a.HeadlineKey)
            .ToDictionary(a => a.HeadlineKey);

        var changed = false;
        if (!known.TryGetValue(storyKey, out var story))
        {
            story = await NewArticleAsync(page.Headline, cancellationToken);
            known[storyKey] = story;
            changed = true;
        }

        if (story.Id == 0 || story.IsExcerptOnly)
        {
            FillStory(story, page);
            changed = true;
        }

        var produced = new List<Article> { story };
        var position = story.RelatedLinks.Count == 0 ? 0 : story.RelatedLinks.Max(l => l.Position) + 1;
        foreach (var entry in page.Related)
        {
            var key = HeadlineKey.From(entry.Title);
            if (key == storyKey)
            {
                continue;
            }

            if (!known.TryGetValue(key, out var related))
            {
                related = await NewArticleAsync(entry.Title, cancellationToken);
                FillExcerpt(related, entry, page.CapturedOn);
                known[key] = related;
                changed = true;
            }

            if (!story.RelatedLinks.Any(l => ReferenceEquals(l.RelatedArticle, related) || (related.Id != 0 && l.RelatedArticleId == related.Id)))
            {
                story.RelatedLinks.Add(new RelatedLink { RelatedArticle = related, Position = position++ });
                changed = true;
            }

            produced.Add(related);
        }

        if (!changed)
        {
            return null;
        }

        var record = new ImportRecord { FileName = fileName, ContentHash = hash, ImportedAt = now };
        record.Articles.AddRange(produced.Distinct());
        db.ImportRecords.Add(record);
        return record;
    }

    private void FillStory(Article story, SeedPage page)
    {
        var body = MarkdownText.FromParagraphs(page.Paragraphs);
        story.Headline = page.Headline;
        story.Summary = Summary.From(page.Paragraphs[0]);
        story.Body = body;
        story.DatelinePlace = page.Dateline?.Place;
        story.Source = page.Source;
        story.SectionId = _sections[SectionRule.Choose(page.Headline, string.Join('\n', page.Paragraphs), page.Dateline?.Place)];
        story.PublishedAt = story.UpdatedAt = AsUtc(page.PublishedOn);
        story.IsExcerptOnly = false;
    }

    private void FillExcerpt(Article article, SeedRelatedEntry entry, DateOnly capturedOn)
    {
        article.Summary = Summary.From(entry.Excerpt, ArticleLimits.Summary - 1) + (entry.IsCut ? "…" : "");
        article.DatelinePlace = entry.Dateline?.Place;
        article.SectionId = _sections[SectionRule.Choose(entry.Title, entry.Excerpt, entry.Dateline?.Place)];
        article.PublishedAt = article.UpdatedAt = AsUtc(entry.Dateline?.Date ?? capturedOn);
        article.IsExcerptOnly = true;
    }

    private async Task<Article> NewArticleAsync(string headline, CancellationToken cancellationToken)
    {
        var article = new Article
        {
            Headline = headline,
            HeadlineKey = HeadlineKey.From(headline),
            Slug = await FreeSlugAsync(Slug.From(headline), cancellationToken),
            Status = ArticleStatus.Published,
            CreatedAt = now,
        };
        db.Articles.Add(article);
        return article;
    }

    // A slug is free when no article has it now and none had it before (old URLs keep redirecting).
    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length == 0)
        {
            slug = "story";
        }

        var prefix = slug + "-";
        var taken = (await db.Articles.Where(a => a.Slug == slug || a.Slug.StartsWith(prefix)).Select(a => a.Slug)
                .Concat(db.FormerSlugs.Where(f => f.Slug == slug || f.Slug.StartsWith(prefix)).Select(f => f.Slug))
                .ToListAsync(cancellationToken))
            .Concat(_takenSlugs)
            .ToHashSet(StringComparer.Ordinal);

        var candidate = slug;
        for (var counter = 2; taken.Contains(candidate); counter++)
        {
            candidate = Slug.WithSuffix(slug, counter);
        }

        _takenSlugs.Add(candidate);
        return candidate;
    }

    private static DateTime AsUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
