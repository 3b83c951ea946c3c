using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Caching;
using NewsSite.Store;

namespace NewsSite.Site;

/// <summary>
/// Brings settings saved on another instance of the site (several behind a load balancer) into force here: every
/// <c>Site:SettingsRefreshSeconds</c> (30; 0 turns it off) it asks the store when the settings were last saved, and
/// when that differs from the settings in force, reloads them and evicts every cached reader page, as a save on this
/// instance does. On the <see cref="TimeProvider"/>, so tests can move the clock.
/// </summary>
public sealed class SiteSettingsRefresher(
    IDbContextFactory<NewsSiteDb> dbFactory, LiveSettings live, IOutputCacheStore cache, TimeProvider clock, IOptions<SiteOptions> options, ILogger<SiteSettingsRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.SettingsRefreshSeconds);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping.
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await live.RefreshAsync(db, cancellationToken))
            {
                await cache.EvictByTagAsync(CacheTags.Reader, cancellationToken);
                logger.LogInformation("Site settings saved at {SavedAt:u} on another instance are now in force", live.Current.SavedAt);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            // The store was busy or out of reach: the settings in force stay until the next look.
            logger.LogWarning(e, "Looking for saved site settings failed; the settings in force stay until the next look");
        }
    }
}
