using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages.Admin;

/// <summary>
/// The admin's error page, reached by re-execution (see NewsroomPipeline.UseNewsroomStatusPages) with the original status,
/// which it keeps: a 403 stays a 403. Any method, since failed posts land here too.
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Message) Text => Code switch
    {
        StatusCodes.Status400BadRequest => ("The form was refused", "The newsroom could not accept what was sent. A form left open too long expires: go back, reload the page and send it again."),
        StatusCodes.Status403Forbidden => ("Not for your role", "Your role in the newsroom does not open this page. Ask an Admin if you need it."),
        StatusCodes.Status429TooManyRequests => ("Too many sign-in attempts", "Too many sign-in attempts came from your address. Wait a minute, then try again."),
        StatusCodes.Status404NotFound => ("No such page", "The newsroom has no page at this address."),
        _ => ("Something went wrong", "The newsroom could not answer this request."),
    };

    public void OnGet(int code) => Prepare(code);

    public void OnPost(int code) => Prepare(code);

    private void Prepare(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        ViewData["Title"] = Text.Title;
    }
}
