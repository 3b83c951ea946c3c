using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Articles;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Audit;

[Authorize(Policy = NewsroomPolicies.Admin)]
public class IndexModel(NewsSiteDb db) : PageModel
{
    public const int PageSize = 50;

    public Paging<AuditEntry> Entries { get; private set; } = new([], 1, PageSize, 0);

    public PagerView Pager => new("/admin/audit", Entries.Page, Entries.PageCount);

    // "page" would bind to the Razor Pages route value of the same name, hence FromQuery.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Audit log";
        var page = PageNumber.Clamp(pageNumber);
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        Entries = new Paging<AuditEntry>(entries, page, PageSize, total);
    }
}
