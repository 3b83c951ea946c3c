using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSite.Store;

namespace NewsSite.Articles;

/// <summary>
/// Refreshes related lists (<see cref="RelatedRefresh"/>) after every save that changes what they are made of,
/// whoever saved: editors, the importer, the scheduler. The refresh runs once the change is committed, in its own
/// context, before the writer's save returns, so the next page a reader gets already has the new lists.
/// </summary>
public sealed class RelatedRefreshInterceptor(IServiceScopeFactory scopes, ILogger<RelatedRefreshInterceptor> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] RelatingProperties =
        [nameof(Article.Keywords), nameof(Article.SectionId), nameof(Article.Status), nameof(Article.PublishedAt)];

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            pending.Saving = false;
            if (context.Database.CurrentTransaction is null)
            {
                await RefreshAsync(context, cancellationToken);
            }
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // The transaction SaveChanges opens for itself commits before the new ids are final: SavedChanges follows.
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending) && !pending.Saving)
        {
            await RefreshAsync(context, cancellationToken);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null or NewsSiteDb { WorksOutRelatedItself: true })
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        pending.Saving = true;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Article article when Changes(entry):
                    pending.Articles.Add(article);
                    break;
                case Dictionary<string, object> join when entry.State is EntityState.Added or EntityState.Deleted && join.ContainsKey("TagId") && join.ContainsKey("ArticleId"):
                    pending.TagJoins.Add(join);
                    break;
            }
        }
    }

    private static bool Changes(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => RelatingProperties.Any(p => entry.Property(p).IsModified),
        _ => false,
    };

    private async ValueTask RefreshAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        var ids = pending.Articles.Select(a => a.Id).Concat(pending.TagJoins.Select(j => (int)j["ArticleId"])).Where(id => id > 0).ToHashSet();
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

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed class Pending
    {
        public bool Saving { get; set; }

        public List<Article> Articles { get; } = [];

        public List<Dictionary<string, object>> TagJoins { get; } = [];
    }
}
