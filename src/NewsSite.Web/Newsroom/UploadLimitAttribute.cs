using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsSite.Web.Newsroom;

/// <summary>
/// The largest files a page's form takes, and the 413 when a post is over the page's request size limit
/// (<see cref="RequestSizeLimitAttribute"/>, which this does not set). Kestrel refuses such a body as soon as it is read;
/// left to the antiforgery filter, that read fails inside token validation and answers 400. This filter reads the form
/// first and answers 413 instead, and puts itself in the request's features, so the newsroom's status page can say
/// what the limit is.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class UploadLimitAttribute(long fileBytes, int files = 1) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public long FileBytes => fileBytes;

    public int Files => files;

    // After RequestSizeLimit and RequestFormLimits (900), whose limits this read obeys; before antiforgery (1000).
    public int Order => 950;

    /// <summary>The limit in words, in megabytes: "A file may be at most 5 MB."</summary>
    public string Describe() => files == 1
        ? $"A file may be at most {Megabytes(fileBytes)}."
        : $"Up to {files} files may be sent at once, each at most {Megabytes(fileBytes)}.";

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.##} MB");

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Features.Set(this);
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            // Any other unreadable form stays the antiforgery filter's to refuse (400), as it was.
        }
    }
}
