using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsSite.Store;

/// <summary>
/// Acts on a save once it is durable, whoever saved: <see cref="Collect"/> notes what a save changes while the change
/// tracker still knows old and new values; <see cref="OnCommittedAsync"/> runs after SaveChanges, or after the commit
/// when the writer opened a transaction; a failed save or a rollback forgets what was noted.
/// </summary>
/// <typeparam name="TNoted">What one context's saves noted, kept until they are committed.</typeparam>
public abstract class AfterCommitInterceptor<TNoted> : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TNoted : class
{
    private readonly ConditionalWeakTable<DbContext, Noted> _noted = [];

    /// <summary>Notes what this save changes into <paramref name="noted"/> (null on a context's first save since its last commit).</summary>
    /// <returns>What to keep, or null when the save changes nothing of interest.</returns>
    protected abstract TNoted? Collect(DbContext context, TNoted? noted);

    protected abstract ValueTask OnCommittedAsync(TNoted noted, CancellationToken cancellationToken);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _noted.TryGetValue(context, out var noted))
        {
            noted.Saving = false;
            if (context.Database.CurrentTransaction is null)
            {
                await CommittedAsync(context, cancellationToken);
            }
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // The transaction SaveChanges opens for itself commits before new rows have their ids: SavedChanges follows.
        if (eventData.Context is { } context && _noted.TryGetValue(context, out var noted) && !noted.Saving)
        {
            await CommittedAsync(context, cancellationToken);
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

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var earlier = _noted.TryGetValue(context, out var noted) ? noted.Value : null;
        if (Collect(context, earlier) is { } value)
        {
            _noted.AddOrUpdate(context, new Noted(value) { Saving = true });
        }
        else if (noted is not null)
        {
            noted.Saving = true;
        }
    }

    private async ValueTask CommittedAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (_noted.TryGetValue(context, out var noted))
        {
            _noted.Remove(context);
            await OnCommittedAsync(noted.Value, cancellationToken);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _noted.Remove(context);
        }
    }

    private sealed class Noted(TNoted value)
    {
        public TNoted Value { get; } = value;

        public bool Saving { get; set; }
    }
}
