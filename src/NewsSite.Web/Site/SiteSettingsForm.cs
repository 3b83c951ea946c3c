using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsSite.Site;

/// <summary>What the settings form posts; ads.txt is one text field, a line per line.</summary>
public sealed class SiteSettingsForm
{
    [Required, StringLength(SiteSettings.NameMaxLength), Display(Name = "Site name")]
    public string Name { get; set; } = "";

    [Required, StringLength(SiteSettings.TimeZoneMaxLength), Display(Name = "Time zone (IANA name, such as Asia/Kolkata)")]
    public string TimeZone { get; set; } = "";

    [Range(SiteSettings.MinRelatedCount, SiteSettings.MaxRelatedCount, ErrorMessage = "Show between {1} and {2} related articles.")]
    [Display(Name = "Related articles in the sidebar")]
    public int RelatedCount { get; set; }

    [Range(SiteSettings.MinInArticleAdAfterParagraph, SiteSettings.MaxInArticleAdAfterParagraph, ErrorMessage = "Place the ad after a paragraph from {1} to {2}.")]
    [Display(Name = "In-article ad after paragraph")]
    public int InArticleAdAfterParagraph { get; set; }

    [StringLength(SiteSettings.AdsTxtMaxLength), Display(Name = "ads.txt lines")]
    public string? AdsTxt { get; set; }

    public static SiteSettingsForm From(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            Name = settings.Name,
            TimeZone = settings.TimeZone,
            RelatedCount = settings.RelatedCount,
            InArticleAdAfterParagraph = settings.InArticleAdAfterParagraph,
            AdsTxt = settings.AdsTxt,
        };
    }

    /// <summary>The checks annotations cannot make: a known IANA zone, and every ads.txt line well formed (each error names its line).</summary>
    public void Validate(ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!string.IsNullOrWhiteSpace(TimeZone) && SiteTimeZones.Find(TimeZone.Trim()) is null)
        {
            errors.AddModelError("Form.TimeZone", $"'{TimeZone.Trim()}' is not an IANA time zone this server knows (such as Asia/Kolkata or Europe/London).");
        }

        foreach (var error in AdsTxtLines.Errors(AdsTxtLines.Split(AdsTxt)))
        {
            errors.AddModelError("Form.AdsTxt", error);
        }
    }

    public void ApplyTo(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Name = Name.Trim();
        settings.TimeZone = TimeZone.Trim();
        settings.RelatedCount = RelatedCount;
        settings.InArticleAdAfterParagraph = InArticleAdAfterParagraph;
        settings.AdsTxt = string.Join('\n', AdsTxtLines.Split(AdsTxt));
    }

    /// <summary>What differs between two sets of settings, for the audit log: "Name: 'A' → 'B'; ads.txt: added '...'".</summary>
    public static string Changes(SiteSettings before, SiteSettings after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        Compare("Name", before.Name, after.Name);
        Compare("Time zone", before.TimeZone, after.TimeZone);
        Compare("Related articles", before.RelatedCount, after.RelatedCount);
        Compare("In-article ad after paragraph", before.InArticleAdAfterParagraph, after.InArticleAdAfterParagraph);
        var oldLines = AdsTxtLines.Split(before.AdsTxt);
        var newLines = AdsTxtLines.Split(after.AdsTxt);
        var added = newLines.Except(oldLines).Where(l => l.Length > 0).Select(l => $"added '{l}'");
        var removed = oldLines.Except(newLines).Where(l => l.Length > 0).Select(l => $"removed '{l}'");
        if (added.Concat(removed).ToList() is { Count: > 0 } lines)
        {
            changes.Add("ads.txt: " + string.Join(", ", lines));
        }
        else if (!oldLines.SequenceEqual(newLines))
        {
            changes.Add("ads.txt: lines reordered");
        }

        return string.Join("; ", changes);

        void Compare<T>(string what, T old, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: '{old}' → '{now}'"));
            }
        }
    }
}
