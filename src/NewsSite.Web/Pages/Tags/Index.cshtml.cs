using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Caching;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages.Tags;

public class IndexModel(NewsSiteDb db, StoryList stories) : PageModel
{
    public StoryListView List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        HttpContext.TagCache(CacheTags.Tag(tag.Id), CacheTags.TagPages);
        // Driven from the tag's own stories (an IN list on the join table's index), not by probing every story for the tag.
        var tagged = db.Tags.Where(t => t.Id == tag.Id).SelectMany(t => t.Articles.Select(a => a.Id));
        var list = await stories.PageAsync("tag:" + tag.Id, db.Articles.Where(a => tagged.Contains(a.Id)), PageNumber.Clamp(page), cancellationToken);
        if (list.Page > list.PageCount)
        {
            return NotFound();
        }

        List = new StoryListView(tag.Name, $"Stories tagged “{tag.Name}”.", list, SiteUrls.Tag(slug));
        new PageMeta(list.Page == 1 ? tag.Name : $"{tag.Name}, page {list.Page}", $"The latest stories tagged {tag.Name}.")
        {
            CanonicalPath = new PagerView(List.Path, list.Page, list.PageCount).UrlFor(list.Page),
        }.ApplyTo(ViewData);
        return Page();
    }
}
