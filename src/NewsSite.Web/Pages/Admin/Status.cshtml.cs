using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin;

/// <summary>
/// The admin's error page, reached by re-execution (see NewsroomPipeline.UseNewsroomStatusPages) with the original status,
/// which it keeps: a 403 stays a 403. Any method, since failed posts land here too. The status comes from the route,
/// never from model binding: binding reads a posted form, and a post refused for its size has none to read.
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>For a post refused as too large: the form's address, to go back to it.</summary>
    public string? FormPath { get; private set; }

    public (string Title, string Message) Text => Code switch
    {
        StatusCodes.Status400BadRequest => ("The form was refused", "The newsroom could not accept what was sent. A form left open too long expires: go back, reload the page and send it again."),
        StatusCodes.Status403Forbidden => ("Not for your role", "Your role in the newsroom does not open this page. Ask an Admin if you need it."),
        StatusCodes.Status413PayloadTooLarge => ("The file is too large", TooLargeMessage()),
        StatusCodes.Status429TooManyRequests => ("Too many sign-in attempts", "Too many sign-in attempts came from your address. Wait a minute, then try again."),
        StatusCodes.Status404NotFound => ("No such page", "The newsroom has no page at this address."),
        _ => ("Something went wrong", "The newsroom could not answer this request."),
    };

    public void OnGet() => Prepare();

    public void OnPost() => Prepare();

    private void Prepare()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var routed) ? routed : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status413PayloadTooLarge && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            FormPath = original.OriginalPathBase + original.OriginalPath + original.OriginalQueryString;
        }

        ViewData["Title"] = Text.Title;
    }

    private string TooLargeMessage()
    {
        var limit = HttpContext.Features.Get<UploadLimitAttribute>()?.Describe() ?? "What was sent is more than this form takes.";
        return $"Nothing was saved. {limit} Choose a smaller file, or save the image at a smaller size, and send the form again.";
    }
}
