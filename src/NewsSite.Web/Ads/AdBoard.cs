using NewsSite.Site;

namespace NewsSite.Ads;

/// <summary>
/// The ads of one page: every slot with the creative it shows, from the <see cref="AdInventory"/> held in memory.
/// A page sets <see cref="SectionId"/> before rendering so section-targeted creatives win on that section's pages.
/// </summary>
public sealed class AdBoard(AdInventory inventory, SiteTime time)
{
    private Dictionary<string, AdPlacement>? _placements;

    public int? SectionId { get; set; }

    public async Task<AdPlacement?> PlacementAsync(string slotName, CancellationToken cancellationToken = default)
    {
        _placements ??= await inventory.PlacementsAsync(SectionId, time.UtcNow, cancellationToken);
        return _placements.GetValueOrDefault(slotName);
    }
}

public sealed record AdSize(int DesktopWidth, int DesktopHeight, int MobileWidth, int MobileHeight);

public sealed record AdCreativeView(string Name, string? ImageUrl, string? LinkUrl, string? AltText, string? HtmlSnippet);

/// <summary>A slot as rendered: its name and reserved size, and its creative (none means the house ad).</summary>
public sealed record AdPlacement(string Name, AdSize Size, AdCreativeView? Creative);
