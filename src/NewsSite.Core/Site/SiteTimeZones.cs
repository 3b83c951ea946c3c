namespace NewsSite.Site;

/// <summary>The IANA time zones this machine knows (Windows ids such as "India Standard Time" are not accepted).</summary>
public static class SiteTimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> Listed = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>Every IANA id on this machine, sorted, for the settings form's suggestions (worked out once).</summary>
    public static IReadOnlyList<string> All() => Listed.Value;
}
