using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Tags;

/// <summary>Every tag by name with the number of stories it carries, a page at a time.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class IndexModel(NewsSiteDb db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<TagRow> Tags { get; private set; } = [];

    public int Current { get; private set; }

    public int PageCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Tags";
        var total = await db.Tags.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        Current = page ?? 1;
        if (Current < 1 || Current > PageCount)
        {
            return NotFound();
        }

        Tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip((Current - 1) * PageSize).Take(PageSize)
            .Select(t => new TagRow(t.Id, t.Name, t.Slug, t.Articles.Count))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record TagRow(int Id, string Name, string Slug, int Articles);
}
