namespace NewsSite.Ads;

/// <summary>
/// The ad slots the layout defines, where the seed page had its <c>spot_img</c> placeholders:
/// one under the masthead, two before the article body, two after it, and one inside long bodies.
/// </summary>
public static class LayoutAdSlots
{
    public const string TopBanner = "top-banner";
    public const string ArticleTop = "article-top";
    public const string SidebarTop = "sidebar-top";
    public const string InArticle = "in-article";
    public const string ArticleBottom = "article-bottom";
    public const string SidebarBottom = "sidebar-bottom";

    public static IReadOnlyList<AdSlot> All { get; } =
    [
        new() { Id = 1, Name = TopBanner, Description = "Banner under the masthead on every page.", DesktopWidth = 728, DesktopHeight = 90, MobileWidth = 320, MobileHeight = 50 },
        new() { Id = 2, Name = ArticleTop, Description = "Above the article body.", DesktopWidth = 728, DesktopHeight = 90, MobileWidth = 300, MobileHeight = 250 },
        new() { Id = 3, Name = SidebarTop, Description = "Top of the sidebar; above the body on phones.", DesktopWidth = 300, DesktopHeight = 250, MobileWidth = 300, MobileHeight = 250 },
        new() { Id = 4, Name = InArticle, Description = "Inside long article bodies, after a configured paragraph.", DesktopWidth = 300, DesktopHeight = 250, MobileWidth = 300, MobileHeight = 250 },
        new() { Id = 5, Name = ArticleBottom, Description = "Below the article body.", DesktopWidth = 728, DesktopHeight = 90, MobileWidth = 300, MobileHeight = 250 },
        new() { Id = 6, Name = SidebarBottom, Description = "Bottom of the sidebar; below the body on phones.", DesktopWidth = 300, DesktopHeight = 600, MobileWidth = 300, MobileHeight = 250 },
    ];
}
