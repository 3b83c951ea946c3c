using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSite.Articles;

/// <summary>Where and when a story was filed, as it opens the first paragraph: "Seoul, March 18: ...".</summary>
public sealed partial record Dateline(string Place, DateOnly Date)
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Reads a dateline at the start of <paramref name="paragraph"/>. The page never writes the year:
    /// it is the latest such day not after <paramref name="capturedOn"/>, the day the page was captured.
    /// </summary>
    public static bool TryRead(string paragraph, DateOnly capturedOn, out Dateline dateline, out string rest)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        dateline = null!;
        rest = paragraph;
        var match = DatelinePattern().Match(paragraph);
        if (!match.Success
            || MonthNumber(match.Groups["month"].Value) is not { } month
            || !int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day)
            || LatestOnOrBefore(month, day, capturedOn) is not { } date)
        {
            return false;
        }

        dateline = new Dateline(match.Groups["place"].Value.Trim(), date);
        rest = paragraph[match.Length..];
        return true;
    }

    private static int? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        var index = Array.IndexOf(Months, lower.Length >= 3 ? lower[..3] : lower);
        if (index < 0)
        {
            return null;
        }

        // Only the short form ("Sep", "Sept") or the full name count, not "Marchy".
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        return lower.Length == 3 || lower == full || lower == "sept" ? index + 1 : null;
    }

    // Four years back covers February 29.
    private static DateOnly? LatestOnOrBefore(int month, int day, DateOnly capturedOn)
    {
        for (var year = capturedOn.Year; year >= capturedOn.Year - 4; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= capturedOn)
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M} .'’\-]{0,58}),\s*(?<month>\p{L}{3,9})\.?\s+(?<day>\d{1,2})\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
