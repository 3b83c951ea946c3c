using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>
/// Stories by headline words, as JSON for the related-stories picker (js/related-picker.js):
/// <c>GET /admin/stories/lookup?q=monsoon</c> gives up to ten <c>{ id, headline, slug, publishedAt, status }</c>.
/// </summary>
public class LookupModel(StoryLookup lookup) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] string? q, CancellationToken cancellationToken) =>
        new JsonResult(await lookup.SearchAsync(User, q, cancellationToken));
}
