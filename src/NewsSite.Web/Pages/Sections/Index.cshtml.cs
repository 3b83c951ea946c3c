using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Caching;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages.Sections;

public class IndexModel(NewsSiteDb db, SectionDirectory sections, StoryList stories, Ads.AdBoard ads) : PageModel
{
    public SectionLink Section { get; private set; } = null!;

    public Paging<ArticleTeaser> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var section = (await sections.AllAsync(cancellationToken)).FirstOrDefault(s => s.Slug == slug);
        if (section is null)
        {
            return NotFound();
        }

        Section = section;
        ads.SectionId = section.Id;
        HttpContext.TagCache(CacheTags.Section(section.Id));
        Stories = await stories.PageAsync("section:" + section.Id, db.Articles.Where(a => a.SectionId == section.Id), PageNumber.Clamp(page), cancellationToken);
        if (Stories.Page > Stories.PageCount)
        {
            return NotFound();
        }

        var title = Stories.Page == 1 ? section.Name : $"{section.Name}, page {Stories.Page}";
        new PageMeta(title, section.Description.Length > 0 ? section.Description : $"The latest {section.Name} news.")
        {
            CanonicalPath = new PagerView(SiteUrls.Section(section.Slug), Stories.Page, Stories.PageCount).UrlFor(Stories.Page),
        }.ApplyTo(ViewData);
        return Page();
    }
}
