using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The newsroom desk: who is signed in, what their role lets them do here, and the store at a glance.</summary>
public class IndexModel(NewsSiteDb db, IAuthorizationService authorization) : PageModel
{
    public string? Role { get; private set; }

    public bool MayManageAccounts { get; private set; }

    public IReadOnlyDictionary<ArticleStatus, int> StoriesByStatus { get; private set; } = new Dictionary<ArticleStatus, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Desk";
        Role = User.NewsroomRole();
        MayManageAccounts = (await authorization.AuthorizeAsync(User, NewsroomPolicies.Admin)).Succeeded;
        StoriesByStatus = await db.Articles.AsNoTracking()
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
    }

    public int Stories(ArticleStatus status) => StoriesByStatus.GetValueOrDefault(status);
}
