using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Site;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Settings;

/// <summary>The site's name, time zone, related-article count, in-article ad position and ads.txt, for Admins.</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public class IndexModel(SiteSettingsDesk desk) : PageModel
{
    [BindProperty]
    public SiteSettingsForm Form { get; set; } = new();

    /// <summary>When the settings were last saved (UTC); null while the site runs on configuration.</summary>
    public DateTime? SavedAt { get; private set; }

    public IReadOnlyList<string> TimeZones { get; } = SiteTimeZones.All();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await ShowAsync(cancellationToken);
        Form = SiteSettingsForm.From(current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The desk adds its own checks to the annotations' and saves only when all pass, so every error shows at once.
        if (await desk.SaveAsync(Form, ModelState, cancellationToken) is { } changes)
        {
            Notice = changes.Length == 0 ? "Nothing to save: the settings are as they were." : $"Saved. {changes}.";
            return RedirectToPage();
        }

        await ShowAsync(cancellationToken);
        return Page();
    }

    private async Task<SiteSettings> ShowAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Site settings";
        var current = await desk.CurrentAsync(cancellationToken);
        SavedAt = current.UpdatedAt == default ? null : current.UpdatedAt;
        return current;
    }
}
