namespace NewsSite.Site;

/// <summary>The site's clock in its own time zone (from <see cref="LiveSettings"/>): the masthead's date, the dates readers see.</summary>
public sealed class SiteTime(TimeProvider clock, LiveSettings settings)
{
    private TimeZoneInfo Zone => settings.Current.TimeZone;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    public DateTimeOffset ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>A wall-clock time in the site's zone (a datetime-local field) as UTC.</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>False for a wall-clock time the zone skips (the hour lost when clocks go forward).</summary>
    public bool Exists(DateTime local) => !Zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
