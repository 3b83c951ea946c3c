using NewsSite.Ads;
using NewsSite.Sections;

namespace NewsSite.Generating;

/// <summary>A few image creatives: a house campaign in every slot, some targeted to a section, some to a date range.</summary>
public static class GeneratedAds
{
    public static IReadOnlyList<AdCreative> For(GenerationPlan plan, IReadOnlyDictionary<string, int> slotIds, IReadOnlyDictionary<string, int> sectionIds)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(slotIds);
        ArgumentNullException.ThrowIfNull(sectionIds);
        var creatives = LayoutAdSlots.All
            .Where(s => slotIds.ContainsKey(s.Name))
            .Select(s => Creative($"Morning briefing ({s.Name})", slotIds[s.Name], s.DesktopWidth, s.DesktopHeight,
                "Subscribe to the newsroom's morning briefing", "/"))
            .ToList();

        void Targeted(string slot, string section, string campaign, string alt, int width, int height)
        {
            if (slotIds.TryGetValue(slot, out var slotId) && sectionIds.TryGetValue(section, out var sectionId))
            {
                var creative = Creative(campaign, slotId, width, height, alt, "/section/" + section);
                creative.SectionId = sectionId;
                creatives.Add(creative);
            }
        }

        Targeted(LayoutAdSlots.SidebarTop, StandardSections.Sports, "Cricket kit sale", "Cricket bats and pads at half price this week", 300, 250);
        Targeted(LayoutAdSlots.TopBanner, StandardSections.Business, "Savings account", "Open a savings account in five minutes", 728, 90);
        Targeted(LayoutAdSlots.SidebarBottom, StandardSections.Entertainment, "Film festival passes", "Festival passes for ten days of films", 300, 600);

        if (slotIds.TryGetValue(LayoutAdSlots.ArticleTop, out var articleTop))
        {
            var festive = Creative("Festive sale", articleTop, 728, 90, "Festive sale: up to 40 percent off electronics", "/");
            festive.StartsAt = plan.End.AddDays(-10);
            festive.EndsAt = plan.End.AddDays(20);
            var past = Creative("Monsoon offer", articleTop, 728, 90, "Monsoon offer on umbrellas and raincoats", "/");
            past.StartsAt = plan.End.AddDays(-200);
            past.EndsAt = plan.End.AddDays(-140);
            creatives.AddRange([festive, past]);
        }

        return creatives;
    }

    private static AdCreative Creative(string campaign, int slotId, int width, int height, string alt, string link) => new()
    {
        Name = GeneratedContent.CreativePrefix + campaign,
        AdSlotId = slotId,
        ImageUrl = $"https://ads.example.com/creatives/{Articles.Slug.From(campaign)}-{width}x{height}.png",
        LinkUrl = link,
        AltText = alt,
    };
}
