using Microsoft.AspNetCore.Mvc;

namespace NewsSite.Ads;

/// <summary>Renders one ad slot: <c>&lt;vc:ad-slot name="top-banner" lazy="false" /&gt;</c>.</summary>
public sealed class AdSlotViewComponent(AdBoard board) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string name, bool lazy = true)
    {
        var placement = await board.PlacementAsync(name, HttpContext.RequestAborted);
        return placement is null ? Content("") : View(new AdSlotView(placement, lazy));
    }
}

public sealed record AdSlotView(AdPlacement Placement, bool Lazy);
