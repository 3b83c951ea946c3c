using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Ads;

/// <summary>The layout's ad slots with their creatives. Editors manage image creatives; snippets are for Admins.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class IndexModel(NewsSiteDb db, SiteTime time, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SlotRow> Slots { get; private set; } = [];

    public bool MaySetSnippets { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Ads";
        MaySetSnippets = (await authorization.AuthorizeAsync(User, NewsroomPolicies.Admin)).Succeeded;
        var slots = await db.AdSlots.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Name,
                s.Description,
                s.DesktopWidth,
                s.DesktopHeight,
                s.MobileWidth,
                s.MobileHeight,
                Creatives = s.Creatives.OrderByDescending(c => c.Id)
                    .Select(c => new { c.Id, c.Name, IsSnippet = c.HtmlSnippet != null, Section = c.Section == null ? null : c.Section.Name, c.StartsAt, c.EndsAt, c.IsEnabled })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        Slots = slots.Select(s => new SlotRow(s.Name, s.Description, s.DesktopWidth, s.DesktopHeight, s.MobileWidth, s.MobileHeight,
            s.Creatives.Select(c => new CreativeRow(c.Id, c.Name, c.IsSnippet, c.Section, Runs(c.StartsAt, c.EndsAt), c.IsEnabled)).ToList())).ToList();
    }

    private string Runs(DateTime? starts, DateTime? ends) => (starts, ends) switch
    {
        (null, null) => "Always",
        ({ } s, null) => $"From {Show(s)}",
        (null, { } e) => $"Until {Show(e)}",
        ({ } s, { } e) => $"{Show(s)} to {Show(e)}",
    };

    private string Show(DateTime utc) => time.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public sealed record SlotRow(string Name, string Description, int DesktopWidth, int DesktopHeight, int MobileWidth, int MobileHeight, IReadOnlyList<CreativeRow> Creatives);

    public sealed record CreativeRow(int Id, string Name, bool IsSnippet, string? Section, string Runs, bool IsEnabled);
}
