using Microsoft.Extensions.Options;

namespace NewsSite.Site;

/// <summary>The site's clock in its own time zone: the masthead's date, the dates readers see.</summary>
public sealed class SiteTime(TimeProvider clock, IOptions<SiteOptions> options)
{
    private readonly TimeZoneInfo _zone = FindZone(options.Value.TimeZone);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone);

    public DateTimeOffset ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), _zone);

    /// <summary>A wall-clock time in the site's zone (a datetime-local field) as UTC.</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Site:TimeZone '{id}' is not a time zone this machine knows (use an IANA name such as 'Asia/Kolkata').");
        }
    }
}
