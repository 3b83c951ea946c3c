using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Ads;

/// <summary>
/// The layout's slots and every enabled creative, held in memory: every reader page shows ads, and they change only
/// when someone saves a slot or a creative, which drops the copy (this is also an interceptor on every context).
/// Date and section targeting are applied per page from the copy.
/// </summary>
public sealed class AdInventory(IServiceScopeFactory scopes) : AfterCommitInterceptor<AdInventory.AdsChanged>
{
    private Task<IReadOnlyList<StockedSlot>>? _stock;

    /// <summary>Each slot with the creative it shows on a page of <paramref name="sectionId"/> at <paramref name="nowUtc"/>.</summary>
    public async Task<Dictionary<string, AdPlacement>> PlacementsAsync(int? sectionId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var load = _stock ??= LoadAsync();
        IReadOnlyList<StockedSlot> stock;
        try
        {
            stock = await load.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _ = Interlocked.CompareExchange(ref _stock, null, load);
            throw;
        }

        return stock.ToDictionary(
            s => s.Name,
            s => new AdPlacement(s.Name, s.Size, s.Creatives
                .Where(c => (c.SectionId == null || c.SectionId == sectionId) && (c.StartsAt == null || c.StartsAt <= nowUtc) && (c.EndsAt == null || c.EndsAt > nowUtc))
                .OrderByDescending(c => c.SectionId != null)
                .ThenByDescending(c => c.Id)
                .Select(c => c.View)
                .FirstOrDefault()),
            StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<StockedSlot>> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        var slots = await db.AdSlots.AsNoTracking()
            .Select(s => new
            {
                s.Name,
                Size = new AdSize(s.DesktopWidth, s.DesktopHeight, s.MobileWidth, s.MobileHeight),
                Creatives = s.Creatives.Where(c => c.IsEnabled)
                    .Select(c => new StockedCreative(c.Id, c.SectionId, c.StartsAt, c.EndsAt, new AdCreativeView(c.Name, c.ImageUrl, c.LinkUrl, c.AltText, c.HtmlSnippet)))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        return [.. slots.Select(s => new StockedSlot(s.Name, s.Size, s.Creatives))];
    }

    // Dropped when the save starts and again once it is committed, so a copy read in between does not outlive it.
    protected override AdsChanged? Collect(DbContext context, AdsChanged? noted)
    {
        if (!context.ChangeTracker.Entries().Any(e => e.Entity is AdSlot or AdCreative && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return noted;
        }

        _stock = null;
        return AdsChanged.Instance;
    }

    protected override ValueTask OnCommittedAsync(AdsChanged noted, CancellationToken cancellationToken)
    {
        _stock = null;
        return ValueTask.CompletedTask;
    }

    public sealed class AdsChanged
    {
        public static readonly AdsChanged Instance = new();

        private AdsChanged()
        {
        }
    }

    private sealed record StockedSlot(string Name, AdSize Size, IReadOnlyList<StockedCreative> Creatives);

    private sealed record StockedCreative(int Id, int? SectionId, DateTime? StartsAt, DateTime? EndsAt, AdCreativeView View);
}
