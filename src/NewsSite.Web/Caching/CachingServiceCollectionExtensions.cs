using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsSite.Web.Articles;

namespace NewsSite.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>Output caching evicted by tags on every save, Brotli and gzip, and the scheduled publisher that drives both.</summary>
    public static IServiceCollection AddReaderCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddSingleton<ReaderPagesPolicy>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<ReaderPagesPolicy>((options, policy) => options.AddBasePolicy(policy));

        services.AddSingleton<PublishingSignal>();
        services.AddSingleton<ListCounts>();
        services.AddSingleton<CacheEvictingInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CacheEvictingInterceptor>());
        services.AddHostedService<ScheduledPublisher>();

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Fingerprinted files (<c>?v=</c> from asp-append-version) never change, so browsers keep them a year.</summary>
    public static IApplicationBuilder UseFingerprintedStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
}
