using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Articles;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>
/// The story form's live preview (js/body-preview.js): posts the Markdown body, answers the HTML fragment readers
/// would get, from the same pipeline and sanitizer a save uses. Any newsroom member (the /admin folder's policy);
/// antiforgery is checked like every Razor Pages post.
/// </summary>
public class BodyPreviewModel : PageModel
{
    // Well above any real story; a preview request is not a way to make the server render megabytes.
    public const int MaxMarkdownLength = 500_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown?.Length > MaxMarkdownLength)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        return Content(ArticleDerivedText.RenderBody(markdown ?? ""), "text/html; charset=utf-8");
    }
}
