using NewsSite.Sections;

namespace NewsSite.Ads;

/// <summary>What fills an ad slot: an image with a link, or an HTML snippet that only admins may set.</summary>
public class AdCreative
{
    public int Id { get; set; }

    public int AdSlotId { get; set; }

    public AdSlot? AdSlot { get; set; }

    public required string Name { get; set; }

    public string? ImageUrl { get; set; }

    public string? LinkUrl { get; set; }

    public string? AltText { get; set; }

    public string? HtmlSnippet { get; set; }

    /// <summary>Shown only on this section's pages when set.</summary>
    public int? SectionId { get; set; }

    public Section? Section { get; set; }

    /// <summary>UTC; shown from this moment when set.</summary>
    public DateTime? StartsAt { get; set; }

    /// <summary>UTC; shown until this moment when set.</summary>
    public DateTime? EndsAt { get; set; }

    public bool IsEnabled { get; set; } = true;
}
