using System.Text.RegularExpressions;

namespace NewsSite.Site;

/// <summary>
/// The lines of /ads.txt as the IAB Tech Lab's ads.txt 1.1 defines them: a record
/// <c>domain, publisher-id, DIRECT|RESELLER[, certification-id]</c> (an extension may follow a <c>;</c>), a variable
/// <c>NAME=value</c>, a comment from <c>#</c> to the end of the line, or a blank line.
/// </summary>
public static partial class AdsTxtLines
{
    public static readonly IReadOnlyList<string> Variables = ["CONTACT", "SUBDOMAIN", "INVENTORYPARTNERDOMAIN", "OWNERDOMAIN", "MANAGERDOMAIN"];

    /// <summary>The text of a form field as lines: line ends of any kind, trailing spaces and blank lines at the end dropped.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>What is wrong with each bad line, as "Line N: ..." in line order; empty when every line is good.</summary>
    public static IReadOnlyList<string> Errors(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var errors = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Check(lines[i]) is { } error)
            {
                errors.Add($"Line {i + 1}: {error}");
            }
        }

        return errors;
    }

    /// <returns>Null for a good line, else what is wrong with it.</returns>
    public static string? Check(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var content = (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim();
        if (content.Length == 0)
        {
            return null;
        }

        // A variable's name is one word before '='; its value may hold commas (MANAGERDOMAIN=example.com, IN).
        if (content.IndexOf('=', StringComparison.Ordinal) is var equals and > 0 && content[..equals].Trim() is var name && name.All(char.IsAsciiLetter))
        {
            if (!Variables.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return $"'{name}' is not an ads.txt variable ({string.Join(", ", Variables)}).";
            }

            return content[(equals + 1)..].Trim().Length == 0 ? $"the variable {name} has no value." : null;
        }

        var record = content.IndexOf(';', StringComparison.Ordinal) is var extension and >= 0 ? content[..extension] : content;
        var fields = record.Split(',').Select(f => f.Trim()).ToArray();
        if (fields.Length is < 3 or > 4)
        {
            return $"expected 'domain, publisher-id, DIRECT or RESELLER[, certification-id]', found {fields.Length} field{(fields.Length == 1 ? "" : "s")}.";
        }

        if (!Domain().IsMatch(fields[0]))
        {
            return $"'{fields[0]}' is not the ad system's domain (such as google.com).";
        }

        if (fields[1].Length == 0 || fields[1].Any(char.IsWhiteSpace))
        {
            return "the publisher's account id is missing or holds spaces.";
        }

        if (!fields[2].Equals("DIRECT", StringComparison.OrdinalIgnoreCase) && !fields[2].Equals("RESELLER", StringComparison.OrdinalIgnoreCase))
        {
            return $"the account type must be DIRECT or RESELLER, not '{fields[2]}'.";
        }

        if (fields.Length == 4 && !CertificationId().IsMatch(fields[3]))
        {
            return $"'{fields[3]}' is not a certification authority id (letters and digits).";
        }

        return null;
    }

    [GeneratedRegex(@"^(?=.{1,253}\z)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[a-z0-9]+\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CertificationId();
}
