using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// Publishes scheduled stories when their time comes, without a restart: it sleeps until the next one is due
/// (on the <see cref="TimeProvider"/>, so tests can move the clock) or until a save schedules another.
/// Readers see a due story even a moment before this runs (see ReaderVisibility); the status change is what
/// evicts cached pages and tells editors it went out.
/// </summary>
public sealed class ScheduledPublisher(IDbContextFactory<NewsSiteDb> dbFactory, TimeProvider clock, PublishingSignal signal, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Next;
            var sleep = LongestSleep;
            try
            {
                if (await PublishDueAsync(stoppingToken) is { } next)
                {
                    sleep = TimeSpan.FromTicks(Math.Clamp((next - clock.GetUtcNow().UtcDateTime).Ticks, 0, LongestSleep.Ticks));
                }
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // An editor saved the same story at that moment, or the store was busy: look again shortly.
                logger.LogWarning(e, "Publishing scheduled stories failed; retrying");
                sleep = TimeSpan.FromSeconds(5);
            }

            await Task.WhenAny(Task.Delay(sleep, clock, stoppingToken), woken);
        }
    }

    /// <returns>When the next scheduled story is due, if any.</returns>
    public async Task<DateTime?> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now).ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            article.Status = ArticleStatus.Published;
            logger.LogInformation("Published scheduled story {Slug} due at {PublishedAt:u}", article.Slug, article.PublishedAt);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled).MinAsync(a => a.PublishedAt, cancellationToken);
    }
}
