using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Store;

namespace NewsSite.Site;

/// <summary>
/// The site settings in force, held in memory so that reader pages read them without a query: configuration's
/// <c>Site:*</c> values until an Admin saves, then the stored ones. Read from the store at start and replaced whole by
/// the settings page when it saves. Each instance of the site reads them at its own start, and picks up a save made on
/// another instance within <c>Site:SettingsRefreshSeconds</c> (see <see cref="SiteSettingsRefresher"/>).
/// </summary>
public sealed class LiveSettings(IOptions<SiteOptions> configured, ILogger<LiveSettings> log)
{
    private volatile SettingsInForce? _current;

    public SettingsInForce Current => _current ??= InForce(Defaults());

    /// <summary>The settings configuration gives: what the site runs on, and the form shows, before any save.</summary>
    public SiteSettings Defaults()
    {
        var site = configured.Value;
        return new SiteSettings
        {
            Name = site.Name,
            TimeZone = site.TimeZone,
            RelatedCount = site.RelatedCount,
            InArticleAdAfterParagraph = site.InArticleAdAfterParagraph,
            AdsTxt = string.Join('\n', site.AdsTxt.Select(l => l.Trim())),
        };
    }

    /// <summary>The saved settings, or configuration's while none are saved (<see cref="SiteSettings.UpdatedAt"/> is then unset).</summary>
    public async Task<SiteSettings> StoredOrDefaultsAsync(NewsSiteDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.OnlyId, cancellationToken) ?? Defaults();
    }

    public async Task LoadAsync(NewsSiteDb db, CancellationToken cancellationToken = default) =>
        Use(await StoredOrDefaultsAsync(db, cancellationToken));

    /// <summary>
    /// Puts the stored settings in force when they were saved since the ones in force (another instance saved them):
    /// one small query for the row's <see cref="SiteSettings.UpdatedAt"/>, and the row itself only when that differs.
    /// </summary>
    /// <returns>Whether other settings are now in force.</returns>
    public async Task<bool> RefreshAsync(NewsSiteDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var savedAt = await db.SiteSettings.Where(s => s.Id == SiteSettings.OnlyId).Select(s => (DateTime?)s.UpdatedAt).SingleOrDefaultAsync(cancellationToken);
        if ((savedAt ?? default) == Current.SavedAt)
        {
            return false;
        }

        await LoadAsync(db, cancellationToken);
        return true;
    }

    /// <summary>Puts saved settings in force for every request from now on.</summary>
    public void Use(SiteSettings settings) => _current = InForce(settings);

    private SettingsInForce InForce(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var zone = SiteTimeZones.Find(settings.TimeZone);
        if (zone is null)
        {
            var fallback = configured.Value.TimeZone;
            // A stored zone the machine no longer knows (its time zone data changed) must not stop the site.
            zone = settings.TimeZone != fallback ? SiteTimeZones.Find(fallback) : null;
            if (zone is null)
            {
                throw new InvalidOperationException($"Site:TimeZone '{fallback}' is not a time zone this machine knows (use an IANA name such as 'Asia/Kolkata').");
            }

            log.LogWarning("The saved site time zone {TimeZone} is not known on this machine; using {Fallback} from configuration", settings.TimeZone, fallback);
        }

        return new SettingsInForce(settings.Name, zone, settings.RelatedCount, settings.InArticleAdAfterParagraph, AdsTxtLines.Split(settings.AdsTxt), settings.UpdatedAt);
    }
}

/// <summary>
/// One consistent set of the settings in force; never changed, only replaced. <paramref name="SavedAt"/> is the
/// stored row's <see cref="SiteSettings.UpdatedAt"/> (unset while configuration's settings are in force), so an instance
/// can tell when another one saved.
/// </summary>
public sealed record SettingsInForce(string Name, TimeZoneInfo TimeZone, int RelatedCount, int InArticleAdAfterParagraph, IReadOnlyList<string> AdsTxt, DateTime SavedAt);

public static class LiveSettingsStartup
{
    /// <summary>Reads the saved settings once at start, so no reader request ever waits for them.</summary>
    public static async Task LoadSiteSettingsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await services.GetRequiredService<LiveSettings>().LoadAsync(scope.ServiceProvider.GetRequiredService<NewsSiteDb>());
    }
}
