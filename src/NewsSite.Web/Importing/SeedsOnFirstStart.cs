using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Importing;

internal static class SeedsOnFirstStart
{
    /// <summary>Fills an empty store from <c>Seeds:Path</c>, so a new site opens on real stories.</summary>
    public static async Task ImportSeedsIntoEmptyStoreAsync(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedsOnFirstStart));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        if (await db.Articles.AnyAsync())
        {
            return;
        }

        var folder = SeedsFolder(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        if (folder is null)
        {
            logger.LogWarning("The store is empty and no seeds folder was found; set Seeds:Path to import one");
            return;
        }

        logger.LogInformation("The store is empty: importing seeds from {Folder}", folder);
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(folder, dryRun: false);
    }

    /// <summary><c>Seeds:Path</c> when set, else the repository's <c>seeds/</c> above the content root.</summary>
    public static string? SeedsFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Seeds:Path"] is { Length: > 0 } configured)
        {
            var path = Path.GetFullPath(configured, environment.ContentRootPath);
            return Directory.Exists(path) ? path : null;
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        return null;
    }
}
