using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Media;
using NewsSite.Store;

namespace NewsSite.Web.Media;

/// <summary>
/// Deletes uploads nothing uses: an image kept after a failed post for the retry, but never saved with a story, or one
/// whose story and revisions are gone. Every <c>Media:CleanupIntervalMinutes</c> (on the <see cref="TimeProvider"/>, so
/// tests can move the clock) it deletes the files of the media folder that are older than <c>Media:OrphanGraceHours</c>
/// and named by no story's hero image nor any revision's (revisions must stay restorable); see <see cref="OrphanedMedia"/>.
/// </summary>
public sealed class MediaSweeper(IDbContextFactory<NewsSiteDb> dbFactory, MediaLibrary media, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var grace = TimeSpan.FromHours(options.Value.OrphanGraceHours);
        if (grace <= TimeSpan.Zero)
        {
            logger.LogInformation("Unused uploads are kept: Media:OrphanGraceHours is {Hours}", options.Value.OrphanGraceHours);
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(options.Value.CleanupIntervalMinutes, 1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(grace, stoppingToken);
            }
            catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // The store was busy or a file was locked: the next sweep tries again.
                logger.LogWarning(e, "Cleaning up unused uploads failed; retrying at the next sweep");
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <returns>The names of the files deleted.</returns>
    public async Task<IReadOnlyList<string>> SweepAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        // The files first, then the references: a file saved with a story after this listing was renewed as it was
        // uploaded or reused (MediaFolder.Renew), and the deletion below checks its time again.
        var files = media.Folder.List();
        if (files.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var references = await db.Articles.Where(a => a.HeroImageUrl != null).Select(a => a.HeroImageUrl)
            .Concat(db.Revisions.Where(r => r.HeroImageUrl != null).Select(r => r.HeroImageUrl))
            .Distinct().ToListAsync(cancellationToken);

        var deleted = new List<string>();
        foreach (var name in OrphanedMedia.Among(files, references, now, grace))
        {
            // Unless uploaded again since it was listed: then a post may be about to save it.
            if (media.Folder.DeleteUnlessWrittenAfter(name, now - grace))
            {
                deleted.Add(name);
                logger.LogInformation("Deleted unused upload {Name} from {Folder}: no story or revision uses it", name, media.Folder.Path);
            }
        }

        return deleted;
    }
}
