using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsSite.Caching;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Site;

/// <summary>Reads and saves the site settings: one row, put in force at once, every cached reader page evicted, the change audited.</summary>
public sealed class SiteSettingsDesk(NewsSiteDb db, LiveSettings live, IOutputCacheStore cache, AuditLog audit, TimeProvider clock)
{
    /// <summary>The saved settings, or configuration's while none are saved (<see cref="SiteSettings.UpdatedAt"/> is then unset).</summary>
    public Task<SiteSettings> CurrentAsync(CancellationToken cancellationToken) => live.StoredOrDefaultsAsync(db, cancellationToken);

    /// <returns>What changed ("" when nothing did), or null when the form has errors (in <paramref name="errors"/>).</returns>
    public async Task<string?> SaveAsync(SiteSettingsForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        form.Validate(errors);
        if (!errors.IsValid)
        {
            return null;
        }

        var stored = await db.SiteSettings.SingleOrDefaultAsync(s => s.Id == SiteSettings.OnlyId, cancellationToken);
        // The form sets every field, so the new settings start from any set; `before` is read only until stored is changed.
        var before = stored ?? live.Defaults();
        var after = live.Defaults();
        form.ApplyTo(after);
        var changes = SiteSettingsForm.Changes(before, after);
        if (changes.Length == 0)
        {
            return changes;
        }

        if (stored is null)
        {
            stored = after;
            db.SiteSettings.Add(stored);
        }
        else
        {
            form.ApplyTo(stored);
        }

        stored.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // Every reader page goes once the new values are in force (not at the save, when a reader's request could
        // still cache a page made with the old ones).
        await db.SaveChangesAsync(cancellationToken);
        live.Use(stored);
        await cache.EvictByTagAsync(CacheTags.Reader, cancellationToken);
        await audit.RecordAsync(AuditActions.SiteSettingsChanged, "site", changes, cancellationToken);
        return changes;
    }
}
