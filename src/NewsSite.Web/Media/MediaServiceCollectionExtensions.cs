using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>Room in the story form's request for everything but the image (headline, Markdown body, tags...).</summary>
    public const long StoryFormAllowanceBytes = 2 * 1024 * 1024;

    /// <summary>The media library, its cleanup of unused uploads, and the request size limit of the story form that uploads to it (from <c>Media:MaxUploadBytes</c>).</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<MediaLibrary>();
        services.AddHostedService<MediaSweeper>();
        // Read lazily, so test hosts that set Media:MaxUploadBytes late still set the limit.
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.AddPageApplicationModelConvention("/Admin/Stories/Edit", page =>
            {
                var limit = media.Value.MaxUploadBytes + StoryFormAllowanceBytes;
                page.Filters.Add(new RequestSizeLimitAttribute(limit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
                page.Filters.Add(new UploadLimitAttribute(media.Value.MaxUploadBytes));
            }));
        return services;
    }
}
