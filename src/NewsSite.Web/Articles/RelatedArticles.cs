using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// The related-articles sidebar: the editor's curated links first, in their order, then computed ones
/// (<see cref="RelatedRanking"/>) until <see cref="SiteOptions.RelatedCount"/>. Only stories readers may see.
/// </summary>
public sealed class RelatedArticles(NewsSiteDb db, SiteTime time, LiveSettings settings)
{
    // Candidates for computed links: recent stories of the same section or sharing a tag, and recent stories anywhere.
    private const int CloseCandidates = 300;
    private const int RecentCandidates = 100;

    public async Task<IReadOnlyList<ArticleTeaser>> ForAsync(int articleId, int sectionId, CancellationToken cancellationToken)
    {
        var count = settings.Current.RelatedCount;
        var now = time.UtcNow;
        var visible = db.Articles.AsNoTracking().VisibleToReaders(now);

        var curated = await db.RelatedLinks.AsNoTracking()
            .Where(l => l.ArticleId == articleId)
            .OrderBy(l => l.Position)
            .Select(l => l.RelatedArticleId)
            .Join(visible, id => id, a => a.Id, (id, a) => a)
            .Select(ArticleTeaser.FromArticle)
            .Take(count)
            .ToListAsync(cancellationToken);
        if (curated.Count >= count)
        {
            return curated;
        }

        var story = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new RelatedCandidate(a.Id, a.SectionId, a.Tags.Select(t => t.Id).ToList(), a.Keywords, a.PublishedAt ?? now))
            .SingleAsync(cancellationToken);
        var excluded = curated.Select(c => c.Id).Append(articleId).ToList();
        var tagIds = story.TagIds.ToList();
        var candidates = visible.Where(a => !excluded.Contains(a.Id)).OrderByDescending(a => a.PublishedAt);
        var close = await candidates.Where(a => a.SectionId == sectionId || a.Tags.Any(t => tagIds.Contains(t.Id)))
            .Take(CloseCandidates).Select(Candidate(now)).ToListAsync(cancellationToken);
        var recent = await candidates.Take(RecentCandidates).Select(Candidate(now)).ToListAsync(cancellationToken);

        var ranked = RelatedRanking.Rank(story, close.Concat(recent), count - curated.Count).ToList();
        var computed = await visible.Where(a => ranked.Contains(a.Id)).Select(ArticleTeaser.FromArticle).ToListAsync(cancellationToken);
        return [.. curated, .. computed.OrderBy(c => ranked.IndexOf(c.Id))];
    }

    private static System.Linq.Expressions.Expression<Func<Article, RelatedCandidate>> Candidate(DateTime now) =>
        a => new RelatedCandidate(a.Id, a.SectionId, a.Tags.Select(t => t.Id).ToList(), a.Keywords, a.PublishedAt ?? now);
}
