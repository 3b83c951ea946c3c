namespace NewsSite.Ads;

/// <summary>A place in the layout that shows an ad, with the space it reserves so the page never shifts.</summary>
public class AdSlot
{
    public int Id { get; set; }

    /// <summary>The layout's name for it, rendered as data-ad-slot: "top-banner", "article-top".</summary>
    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public int DesktopWidth { get; set; }

    public int DesktopHeight { get; set; }

    public int MobileWidth { get; set; }

    public int MobileHeight { get; set; }

    public List<AdCreative> Creatives { get; } = [];
}
