using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Newsroom;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Ads;

/// <summary>
/// Adds or edits a creative. Editors may place images; only Admins may set or edit an HTML snippet, since it is the one
/// place raw markup reaches readers' pages, so the server refuses a snippet from anyone else whatever the form held.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class EditModel(NewsSiteDb db, SiteTime time, SectionDirectory sections, IAuthorizationService authorization, AuditLog audit, LiveSettings settings) : PageModel
{
    [BindProperty]
    public AdCreativeForm Form { get; set; } = new();

    public bool MaySetSnippet { get; private set; }

    public IReadOnlyList<SlotChoice> Slots { get; private set; } = [];

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public AdSlotView? Preview { get; private set; }

    public string TimeZone => settings.Current.TimeZone.Id;

    public async Task<IActionResult> OnGetAsync(int? id, string? slot, CancellationToken cancellationToken)
    {
        MaySetSnippet = await IsAdminAsync();
        if (id is not null)
        {
            var creative = await db.AdCreatives.AsNoTracking().Include(c => c.AdSlot).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (creative is null)
            {
                return NotFound();
            }

            if (creative.HtmlSnippet is not null && !MaySetSnippet)
            {
                return Forbid();
            }

            Form = AdCreativeForm.From(creative, creative.AdSlot!.Name, time);
            Preview = new AdSlotView(new AdPlacement(creative.AdSlot.Name,
                new AdSize(creative.AdSlot.DesktopWidth, creative.AdSlot.DesktopHeight, creative.AdSlot.MobileWidth, creative.AdSlot.MobileHeight),
                new AdCreativeView(creative.Name, creative.ImageUrl, creative.LinkUrl, creative.AltText, creative.HtmlSnippet)), Lazy: false);
        }
        else
        {
            Form.Slot = slot ?? "";
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        MaySetSnippet = await IsAdminAsync();
        var creative = id is null ? null : await db.AdCreatives.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (id is not null && creative is null)
        {
            return NotFound();
        }

        if (creative?.HtmlSnippet is not null && !MaySetSnippet)
        {
            return Forbid();
        }

        var slotId = await db.AdSlots.Where(s => s.Name == Form.Slot).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (slotId is null)
        {
            ModelState.AddModelError("Form.Slot", "Choose one of the layout's slots.");
        }

        if (Form.SectionId is { } sectionId && !await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken))
        {
            ModelState.AddModelError("Form.SectionId", "Choose a section or every page.");
        }

        Form.Validate(ModelState, nameof(Form), MaySetSnippet, time);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        var isNew = creative is null;
        creative ??= db.AdCreatives.Add(new AdCreative { Name = Form.Name }).Entity;
        Form.ApplyTo(creative, slotId!.Value, time);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(isNew ? AuditActions.AdCreativeCreated : AuditActions.AdCreativeChanged, creative.Name,
            $"{Form.Slot}, {(Form.IsSnippet ? "snippet" : "image")}, {(creative.IsEnabled ? "enabled" : "disabled")}", cancellationToken);
        TempData[nameof(IndexModel.Notice)] = $"{creative.Name} is saved in {Form.Slot}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, NewsroomPolicies.Admin)).Succeeded;

    private async Task<PageResult> ShowAsync(int? id, CancellationToken cancellationToken)
    {
        ViewData["Title"] = id is null ? "Add a creative" : $"Edit {Form.Name}";
        var slots = await db.AdSlots.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Name, s.DesktopWidth, s.DesktopHeight }).ToListAsync(cancellationToken);
        Slots = slots.Select(s => new SlotChoice(s.Name, $"{s.Name} ({s.DesktopWidth}×{s.DesktopHeight})")).ToList();
        Sections = await sections.AllAsync(cancellationToken);
        return Page();
    }

    public sealed record SlotChoice(string Name, string Label);
}
