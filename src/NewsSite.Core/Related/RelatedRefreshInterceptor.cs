using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSite.Store;

namespace NewsSite.Articles;

/// <summary>
/// Refreshes related lists (<see cref="RelatedRefresh"/>) after every save that changes what they are made of,
/// whoever saved: editors, the importer, the scheduler. The refresh runs once the change is committed, in its own
/// context, before the writer's save returns, so the next page a reader gets already has the new lists.
/// </summary>
public sealed class RelatedRefreshInterceptor(IServiceScopeFactory scopes, ILogger<RelatedRefreshInterceptor> logger)
    : AfterCommitInterceptor<RelatedRefreshInterceptor.Changed>
{
    private static readonly string[] RelatingProperties =
        [nameof(Article.Keywords), nameof(Article.SectionId), nameof(Article.Status), nameof(Article.PublishedAt)];

    protected override Changed? Collect(DbContext context, Changed? noted)
    {
        if (context is NewsSiteDb { WorksOutRelatedItself: true })
        {
            return noted;
        }

        var changed = noted ?? new Changed();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Article article when Changes(entry):
                    changed.Articles.Add(article);
                    break;
                case Dictionary<string, object> join when entry.State is EntityState.Added or EntityState.Deleted && join.ContainsKey("TagId") && join.ContainsKey("ArticleId"):
                    changed.TagJoins.Add(join);
                    break;
            }
        }

        return changed.Articles.Count + changed.TagJoins.Count > 0 ? changed : null;
    }

    private static bool Changes(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => RelatingProperties.Any(p => entry.Property(p).IsModified),
        _ => false,
    };

    // Ids are read now, not when noted: added stories have theirs only after the save.
    protected override async ValueTask OnCommittedAsync(Changed noted, CancellationToken cancellationToken)
    {
        var ids = noted.Articles.Select(a => a.Id).Concat(noted.TagJoins.Select(j => (int)j["ArticleId"])).Where(id => id > 0).ToHashSet();
        if (ids.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RelatedRefresh>().RefreshAsync(ids, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The writer's change is saved; lists stay as they were until the stories change again.
            logger.LogError(e, "Could not refresh the related lists of stories {Ids}", ids);
        }
    }

    public sealed class Changed
    {
        public List<Article> Articles { get; } = [];

        public List<Dictionary<string, object>> TagJoins { get; } = [];
    }
}
