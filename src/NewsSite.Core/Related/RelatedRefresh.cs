using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Articles;

/// <summary>
/// Keeps the stored related lists (<see cref="ComputedRelated"/>) right when stories change: the changed stories get
/// new lists, and so do their neighbours: the stories their new lists name (a story close to them is likely to
/// belong in theirs) and the stories whose lists named them before.
/// </summary>
public sealed class RelatedRefresh(NewsSiteDb db)
{
    public async Task RefreshAsync(IReadOnlyCollection<int> changedIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changedIds);
        if (changedIds.Count == 0)
        {
            return;
        }

        var listing = await db.ComputedRelated.AsNoTracking()
            .Where(r => changedIds.Contains(r.RelatedArticleId))
            .Select(r => r.ArticleId)
            .Distinct()
            .ToListAsync(cancellationToken);

        var lists = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var id in changedIds)
        {
            if (await ListForAsync(id, cancellationToken) is { } list)
            {
                lists[id] = list;
            }
        }

        foreach (var id in lists.Values.SelectMany(l => l).Concat(listing).Distinct().Where(id => !changedIds.Contains(id)).ToList())
        {
            if (await ListForAsync(id, cancellationToken) is { } list)
            {
                lists[id] = list;
            }
        }

        await StoreAsync(lists, cancellationToken);
    }

    private async Task<IReadOnlyList<int>?> ListForAsync(int id, CancellationToken cancellationToken)
    {
        var story = await RelatingStory.ReadFrom(db.Articles.Where(a => a.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }

        var tagIds = story.TagIds.ToList();
        var listed = db.Articles.AsNoTracking().Listed().Where(a => a.Id != id);
        var near = listed.Where(a => a.SectionId == story.SectionId || a.Tags.Any(t => tagIds.Contains(t.Id)));
        var neighbourhood = new List<RelatingStory>();
        foreach (var (stories, count) in new[] { (near, RelatedNeighbourhood.EachSide), (listed, RelatedNeighbourhood.AnywhereEachSide) })
        {
            neighbourhood.AddRange(await RelatingStory.ReadFrom(Before(stories, story).Take(count)).ToListAsync(cancellationToken));
            neighbourhood.AddRange(await RelatingStory.ReadFrom(After(stories, story).Take(count)).ToListAsync(cancellationToken));
        }

        return RelatedNeighbourhood.ListFor(story, neighbourhood);
    }

    private static IQueryable<Article> Before(IQueryable<Article> stories, RelatingStory story)
    {
        var order = story.Order;
        return stories.Where(a => a.PublishedAt < order || (a.PublishedAt == order && a.Id < story.Id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
    }

    private static IQueryable<Article> After(IQueryable<Article> stories, RelatingStory story)
    {
        var order = story.Order;
        return stories.Where(a => a.PublishedAt > order || (a.PublishedAt == order && a.Id > story.Id))
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id);
    }

    // Rewrites only the places that changed, so unchanged lists cost nothing and the rows that do change tell the
    // output cache exactly which pages to drop.
    private async Task StoreAsync(Dictionary<int, IReadOnlyList<int>> lists, CancellationToken cancellationToken)
    {
        var ids = lists.Keys.ToList();
        var stored = await db.ComputedRelated.Where(r => ids.Contains(r.ArticleId)).ToListAsync(cancellationToken);
        var byPlace = stored.ToDictionary(r => (r.ArticleId, r.Rank));
        foreach (var (articleId, list) in lists)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                if (byPlace.Remove((articleId, rank), out var row))
                {
                    row.RelatedArticleId = list[rank];
                }
                else
                {
                    db.ComputedRelated.Add(new ComputedRelated { ArticleId = articleId, Rank = rank, RelatedArticleId = list[rank] });
                }
            }
        }

        db.ComputedRelated.RemoveRange(byPlace.Values);
        await db.SaveChangesAsync(cancellationToken);
    }
}
