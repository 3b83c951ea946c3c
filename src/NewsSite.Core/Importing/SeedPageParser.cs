using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsSite.Articles;

namespace NewsSite.Importing;

/// <summary>
/// Reads a scraped news page (see <c>seeds/</c>): the capture day, <c>spot_img</c> ad placeholders,
/// the headline, layout labels, the body with its dateline and agency tag, and the related articles.
/// </summary>
public static partial class SeedPageParser
{
    public const int DefaultMaxBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] CaptureFormats = ["MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy"];

    public static SeedPage Parse(ReadOnlySpan<byte> bytes, int maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            throw new SeedPageException($"the file is {bytes.Length:N0} bytes, over the limit of {maxBytes:N0}");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new SeedPageException($"the file is binary, not text (a NUL byte at offset {nul})");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new SeedPageException($"the file is not UTF-8 text (invalid bytes at offset {e.Index})", e);
        }

        return Parse(text);
    }

    public static SeedPage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new LineReader(text);
        if (lines.Count == 0)
        {
            throw new SeedPageException("the file is empty");
        }

        if (lines.All(IsAdPlaceholder))
        {
            throw new SeedPageException("the file holds only ad placeholders (spot_img), no story");
        }

        var top = lines.Skip(IsAdPlaceholder);
        var capturedOn = ReadCaptureDay(lines);
        for (; !lines.AtEnd && (IsAdPlaceholder(lines.Current) || IsLayoutLabel(lines.Current)); lines.Next())
        {
            top += IsAdPlaceholder(lines.Current) ? 1 : 0;
        }

        if (lines.AtEnd || IsRelatedHeading(lines.Current.Text))
        {
            throw new SeedPageException("no headline after the capture date", lines.AtEnd ? lines.LastNumber : lines.Current.Number);
        }

        var headline = lines.Current;
        lines.Next();

        var (paragraphs, beforeBody, afterBody) = ReadBody(lines);
        if (paragraphs.Count == 0)
        {
            throw new SeedPageException($"the headline '{headline.Text}' has no body", headline.Number);
        }

        Dateline? dateline = null;
        if (Dateline.TryRead(paragraphs[0], capturedOn, out var found, out var rest))
        {
            dateline = found;
            paragraphs[0] = rest;
        }

        var source = TakeSource(paragraphs);
        paragraphs.RemoveAll(p => p.Length == 0);
        if (paragraphs.Count == 0)
        {
            throw new SeedPageException($"the headline '{headline.Text}' has no body", headline.Number);
        }

        var related = ReadRelated(lines, capturedOn, ref afterBody);
        return new SeedPage(capturedOn, headline.Text, dateline, source, paragraphs, related, new SeedAdPlaceholders(top, beforeBody, afterBody));
    }

    private static DateOnly ReadCaptureDay(LineReader lines)
    {
        var line = lines.Current;
        var match = WeekdayPrefix().Match(line.Text);
        var date = match.Success && IsWeekday(match.Groups["weekday"].Value) ? line.Text[match.Length..] : line.Text;
        if (!DateTime.TryParseExact(date.Trim(), CaptureFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            throw new SeedPageException(
                $"'{Shorten(line.Text)}' is not the day the page was captured, such as 'Saturday, December 14, 2024'", line.Number);
        }

        lines.Next();
        return DateOnly.FromDateTime(day);
    }

    private static (List<string> Paragraphs, int BeforeBody, int AfterBody) ReadBody(LineReader lines)
    {
        var paragraphs = new List<string>();
        int beforeBody = 0, afterBody = 0;
        for (; !lines.AtEnd && !IsRelatedHeading(lines.Current.Text); lines.Next())
        {
            var text = lines.Current.Text;
            if (IsAdPlaceholder(text))
            {
                _ = paragraphs.Count == 0 ? beforeBody++ : afterBody++;
            }
            else if (!(paragraphs.Count == 0 && IsLayoutLabel(text)) && !IsBareLayoutLabel(text))
            {
                paragraphs.Add(text);
            }
        }

        return (paragraphs, beforeBody, afterBody);
    }

    // "... through their land border. (AP)": the agency is the article's source, not body text.
    private static string? TakeSource(List<string> paragraphs)
    {
        var last = paragraphs[^1];
        var match = SourceTag().Match(last);
        if (!match.Success)
        {
            return null;
        }

        paragraphs[^1] = last[..match.Index].TrimEnd();
        return match.Groups["source"].Value;
    }

    private static List<SeedRelatedEntry> ReadRelated(LineReader lines, DateOnly capturedOn, ref int afterBody)
    {
        var related = new List<SeedRelatedEntry>();
        if (lines.AtEnd)
        {
            return related;
        }

        lines.Next();
        string? title = null;
        for (; !lines.AtEnd; lines.Next())
        {
            var text = lines.Current.Text;
            if (IsAdPlaceholder(text))
            {
                afterBody++;
            }
            else if (IsBareLayoutLabel(text))
            {
                continue;
            }
            else if (title is not null && Dateline.TryRead(text, capturedOn, out var dateline, out var excerpt))
            {
                related.Add(Entry(title, dateline, excerpt));
                title = null;
            }
            else
            {
                if (title is not null)
                {
                    related.Add(Entry(title, null, ""));
                }

                title = text;
            }
        }

        if (title is not null)
        {
            related.Add(Entry(title, null, ""));
        }

        return related;
    }

    private static SeedRelatedEntry Entry(string title, Dateline? dateline, string excerpt)
    {
        var trimmed = excerpt.TrimEnd();
        var isCut = trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…');
        return new SeedRelatedEntry(title, dateline, isCut ? trimmed.TrimEnd('.', '…').TrimEnd() : trimmed, isCut);
    }

    private static bool IsAdPlaceholder(string line) => line.Equals("spot_img", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdPlaceholder(Line line) => IsAdPlaceholder(line.Text);

    private static bool IsLayoutLabel(Line line) => IsLayoutLabel(line.Text);

    private static bool IsLayoutLabel(string line) => LayoutLabel().IsMatch(line);

    private static bool IsBareLayoutLabel(string line) => BareLayoutLabel().IsMatch(line);

    private static bool IsRelatedHeading(string line) => RelatedHeading().IsMatch(line);

    private static bool IsWeekday(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Any(d => d.Equals(word, StringComparison.OrdinalIgnoreCase))
        || CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames.Any(d => d.Equals(word, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");

    [GeneratedRegex(@"^(?<weekday>\p{L}+),\s*")]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"\s*\((?<source>\p{Lu}[\p{L}&.\-]{0,24}(?: \p{Lu}[\p{L}&.\-]{0,24}){0,2})\)\s*$")]
    private static partial Regex SourceTag();

    [GeneratedRegex(@"^(?:Date|Share post|Share)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LayoutLabel();

    [GeneratedRegex(@"^(?:Date|Share post|Share)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLayoutLabel();

    [GeneratedRegex(@"^Related (?:articles|posts|stories)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();
}
