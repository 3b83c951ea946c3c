using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Sections;

/// <summary>The sections in navigation order, with the buttons that move one up or down.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class IndexModel(NewsSiteDb db, SectionDirectory directory, AuditLog audit) : PageModel
{
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Sections";
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SectionRow(s.Id, s.Name, s.Slug, s.Position, db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string? direction, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var index = sections.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var other = direction == "up" ? index - 1 : index + 1;
        if (other < 0 || other >= sections.Count)
        {
            return RedirectToPage();
        }

        (sections[index], sections[other]) = (sections[other], sections[index]);
        // Positions are renumbered from 1, so equal or gapped positions left by hand edits sort out too.
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Position = i + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        var moved = sections[other];
        await audit.RecordAsync(AuditActions.SectionMoved, moved.Slug, $"to position {moved.Position}", cancellationToken);
        Notice = $"{moved.Name} is now at position {moved.Position}.";
        return RedirectToPage();
    }

    public sealed record SectionRow(int Id, string Name, string Slug, int Position, int Articles);
}
