using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Caching;

/// <summary>
/// Evicts the cached pages a save changes, for every writer of the store (editors, importer, scheduler).
/// Tags are read before the save, while the change tracker still knows old and new values; eviction waits for the
/// commit when a transaction is open, so no reader can re-cache the old state in between.
/// </summary>
public sealed class CacheEvictingInterceptor(IOutputCacheStore cache, PublishingSignal publishing, ListCounts counts)
    : AfterCommitInterceptor<HashSet<string>>
{
    protected override HashSet<string>? Collect(DbContext context, HashSet<string>? noted)
    {
        var tags = noted ?? [];
        var wakePublisher = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                ChangeTags.Of(entry, tags);
                wakePublisher |= entry.Entity is Article { Status: ArticleStatus.Scheduled };
            }
        }

        if (wakePublisher)
        {
            publishing.Wake();
        }

        return tags.Count > 0 ? tags : null;
    }

    protected override async ValueTask OnCommittedAsync(HashSet<string> noted, CancellationToken cancellationToken)
    {
        counts.Forget();
        foreach (var tag in noted)
        {
            await cache.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
