using Microsoft.EntityFrameworkCore;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Ads;

/// <summary>
/// The ads of one page: every slot with the creative it shows, read in one query the first time a slot asks.
/// A page sets <see cref="SectionId"/> before rendering so section-targeted creatives win on that section's pages.
/// </summary>
public sealed class AdBoard(NewsSiteDb db, SiteTime time)
{
    private Dictionary<string, AdPlacement>? _placements;

    public int? SectionId { get; set; }

    public async Task<AdPlacement?> PlacementAsync(string slotName, CancellationToken cancellationToken = default)
    {
        _placements ??= await LoadAsync(cancellationToken);
        return _placements.GetValueOrDefault(slotName);
    }

    private async Task<Dictionary<string, AdPlacement>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow;
        var sectionId = SectionId;
        var slots = await db.AdSlots.AsNoTracking()
            .Select(s => new
            {
                s.Name,
                Size = new AdSize(s.DesktopWidth, s.DesktopHeight, s.MobileWidth, s.MobileHeight),
                Creative = s.Creatives
                    .Where(c => c.IsEnabled
                        && (c.SectionId == null || c.SectionId == sectionId)
                        && (c.StartsAt == null || c.StartsAt <= now)
                        && (c.EndsAt == null || c.EndsAt > now))
                    .OrderByDescending(c => c.SectionId != null)
                    .ThenByDescending(c => c.Id)
                    .Select(c => new AdCreativeView(c.Name, c.ImageUrl, c.LinkUrl, c.AltText, c.HtmlSnippet))
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return slots.ToDictionary(s => s.Name, s => new AdPlacement(s.Name, s.Size, s.Creative), StringComparer.Ordinal);
    }
}

public sealed record AdSize(int DesktopWidth, int DesktopHeight, int MobileWidth, int MobileHeight);

public sealed record AdCreativeView(string Name, string? ImageUrl, string? LinkUrl, string? AltText, string? HtmlSnippet);

/// <summary>A slot as rendered: its name and reserved size, and its creative (none means the house ad).</summary>
public sealed record AdPlacement(string Name, AdSize Size, AdCreativeView? Creative);
