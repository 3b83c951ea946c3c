using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Site;

namespace NewsSite.Web.Pages;

/// <summary>The 500 page: says sorry and nothing else; the details go to the log, never to the reader.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public void OnGet() => Prepare();

    public void OnPost() => Prepare();

    private void Prepare()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        new PageMeta("Something went wrong", "An error stopped this page from loading.") { NoIndex = true }.ApplyTo(ViewData);
    }
}
