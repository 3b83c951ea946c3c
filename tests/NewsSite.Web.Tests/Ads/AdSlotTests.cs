using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Sections;

namespace NewsSite.Web.Tests.Ads;

public sealed class AdSlotTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task AddCreativeAsync(string slot, string name, string? section = null, DateTime? starts = null, DateTime? ends = null, bool enabled = true) =>
        Stories.WithStoreAsync(_site, async db =>
        {
            db.AdCreatives.Add(new AdCreative
            {
                AdSlotId = await db.AdSlots.Where(s => s.Name == slot).Select(s => s.Id).SingleAsync(),
                Name = name,
                ImageUrl = $"/ads/{name}.png",
                LinkUrl = "https://advertiser.example/",
                AltText = name + " offer",
                SectionId = section is null ? null : await db.Sections.Where(s => s.Slug == section).Select(s => s.Id).SingleAsync(),
                StartsAt = starts,
                EndsAt = ends,
                IsEnabled = enabled,
            });
            await db.SaveChangesAsync();
        });

    private async Task<AngleSharp.Dom.IElement> SlotAsync(string url, string slot) =>
        (await _site.GetPageAsync(url)).QuerySelector($"[data-ad-slot='{slot}']")!;

    [Fact]
    public async Task A_creative_fills_its_slot_with_a_sized_image_link_and_alt_text()
    {
        await AddCreativeAsync(LayoutAdSlots.SidebarBottom, "bank");

        var slot = await SlotAsync("/news/" + Stories.SeedSlug, LayoutAdSlots.SidebarBottom);

        var image = slot.QuerySelector("a[href='https://advertiser.example/'] img")!;
        Assert.Equal(("/ads/bank.png", "bank offer", "300", "600", "lazy"),
            (image.GetAttribute("src"), image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading")));
        Assert.Contains("sponsored", slot.QuerySelector("a")!.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Null(slot.QuerySelector(".house-ad"));
    }

    [Fact]
    public async Task Slots_above_the_fold_load_their_image_at_once()
    {
        await AddCreativeAsync(LayoutAdSlots.TopBanner, "banner");

        var slot = await SlotAsync("/", LayoutAdSlots.TopBanner);

        Assert.Equal("eager", slot.QuerySelector("img")!.GetAttribute("loading"));
    }

    [Fact]
    public async Task A_section_targeted_creative_shows_only_on_that_section_and_wins_there()
    {
        await AddCreativeAsync(LayoutAdSlots.ArticleTop, "everywhere");
        await AddCreativeAsync(LayoutAdSlots.ArticleTop, "world-only", StandardSections.World);

        var onWorld = await SlotAsync("/news/" + Stories.SeedSlug, LayoutAdSlots.ArticleTop);
        var onIndia = await SlotAsync("/news/lal-krishna-advani-hospitalised-at-delhis-apollo-hospital", LayoutAdSlots.ArticleTop);

        Assert.Equal("world-only offer", onWorld.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("everywhere offer", onIndia.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Creatives_outside_their_dates_or_disabled_leave_the_house_ad()
    {
        await AddCreativeAsync(LayoutAdSlots.ArticleBottom, "expired", ends: DateTime.UtcNow.AddDays(-1));
        await AddCreativeAsync(LayoutAdSlots.ArticleBottom, "future", starts: DateTime.UtcNow.AddDays(1));
        await AddCreativeAsync(LayoutAdSlots.ArticleBottom, "switched-off", enabled: false);

        var slot = await SlotAsync("/news/" + Stories.SeedSlug, LayoutAdSlots.ArticleBottom);

        Assert.Null(slot.QuerySelector("img"));
        Assert.Equal("/advertise", slot.QuerySelector("a.house-ad")!.GetAttribute("href"));
    }
}
