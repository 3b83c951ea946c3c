using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Caching;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages.Sources;

/// <summary>Every story from one agency: /source/AP.</summary>
public class IndexModel(NewsSiteDb db, StoryList stories) : PageModel
{
    public StoryListView List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string source, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        HttpContext.TagCache(CacheTags.Source(source));
        var list = await stories.PageAsync("source:" + source, db.Articles.Where(a => a.Source == source), PageNumber.Clamp(page), cancellationToken);
        if (list.Total == 0 || list.Page > list.PageCount)
        {
            return NotFound();
        }

        List = new StoryListView($"Stories from {source}", $"Every story we carry from {source}, newest first.", list, SiteUrls.Source(source));
        new PageMeta(list.Page == 1 ? List.Heading : $"{List.Heading}, page {list.Page}", List.Introduction)
        {
            CanonicalPath = new PagerView(List.Path, list.Page, list.PageCount).UrlFor(list.Page),
        }.ApplyTo(ViewData);
        return Page();
    }
}
