using Microsoft.Net.Http.Headers;
using NewsSite.Media;

namespace NewsSite.Web.Media;

/// <summary>
/// Serves uploaded images at /media/{name}. A name is the hash of the file's bytes, so its content never changes and
/// browsers and CDNs may keep it for a year. Only names the media folder gives out are looked up: anything else is 404.
/// </summary>
public static class MediaEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static void MapMedia(this IEndpointRouteBuilder app) =>
        app.MapMethods("/media/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, MediaLibrary media, HttpContext http) =>
        {
            if (media.Folder.Find(name) is not { } path || ImageFormat.ByExtension(Path.GetExtension(name)) is not { } format)
            {
                return Results.NotFound();
            }

            // nosniff comes with every response (SecurityHeaders): the type below is the one the bytes were checked for.
            http.Response.Headers.CacheControl = CacheControl;
            var hash = Path.GetFileNameWithoutExtension(name);
            return Results.File(path, format.MediaType, entityTag: new EntityTagHeaderValue($"\"{hash}\""), enableRangeProcessing: true);
        });
}
