using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsSite.Site;

namespace NewsSite.Ads;

/// <summary>
/// The newsroom's form for one creative: an image with its link and alt text, or an HTML snippet. Dates are wall-clock
/// times in the site's zone (datetime-local fields) and stored as UTC.
/// </summary>
public sealed class AdCreativeForm
{
    [Required, Display(Name = "Slot")]
    public string Slot { get; set; } = "";

    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [StringLength(1000), Display(Name = "Image URL")]
    public string? ImageUrl { get; set; }

    [StringLength(1000), Display(Name = "Link URL")]
    public string? LinkUrl { get; set; }

    [StringLength(300), Display(Name = "Alt text")]
    public string? AltText { get; set; }

    [Display(Name = "HTML snippet")]
    public string? HtmlSnippet { get; set; }

    [Display(Name = "Only in section")]
    public int? SectionId { get; set; }

    [Display(Name = "Starts")]
    public DateTime? StartsAt { get; set; }

    [Display(Name = "Ends")]
    public DateTime? EndsAt { get; set; }

    [Display(Name = "Enabled")]
    public bool IsEnabled { get; set; } = true;

    public bool IsSnippet => !string.IsNullOrWhiteSpace(HtmlSnippet);

    public static AdCreativeForm From(AdCreative creative, string slot, SiteTime time)
    {
        ArgumentNullException.ThrowIfNull(creative);
        ArgumentNullException.ThrowIfNull(time);
        return new()
        {
            Slot = slot,
            Name = creative.Name,
            ImageUrl = creative.ImageUrl,
            LinkUrl = creative.LinkUrl,
            AltText = creative.AltText,
            HtmlSnippet = creative.HtmlSnippet,
            SectionId = creative.SectionId,
            StartsAt = creative.StartsAt is { } starts ? time.ToLocal(starts).DateTime : null,
            EndsAt = creative.EndsAt is { } ends ? time.ToLocal(ends).DateTime : null,
            IsEnabled = creative.IsEnabled,
        };
    }

    /// <summary>Adds the form's errors under <paramref name="prefix"/>; <paramref name="maySetSnippet"/> is true for Admins only.</summary>
    public void Validate(ModelStateDictionary errors, string prefix, bool maySetSnippet, SiteTime time)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(time);
        if (IsSnippet)
        {
            if (!maySetSnippet)
            {
                errors.AddModelError($"{prefix}.{nameof(HtmlSnippet)}", "Only Admins may set an HTML snippet: use an image instead.");
            }
        }
        else
        {
            if (!IsImageUrl(ImageUrl))
            {
                errors.AddModelError($"{prefix}.{nameof(ImageUrl)}", "Give the image's address: http(s)://… or a site address starting with /.");
            }

            if (string.IsNullOrWhiteSpace(AltText))
            {
                errors.AddModelError($"{prefix}.{nameof(AltText)}", "Describe the image for readers who cannot see it.");
            }

            if (string.IsNullOrWhiteSpace(LinkUrl))
            {
                errors.AddModelError($"{prefix}.{nameof(LinkUrl)}", "Give the advertiser's address, starting with http:// or https://.");
            }
        }

        if (!string.IsNullOrWhiteSpace(LinkUrl) && !IsWebUrl(LinkUrl))
        {
            errors.AddModelError($"{prefix}.{nameof(LinkUrl)}", "The link must start with http:// or https://.");
        }

        foreach (var (field, moment) in new[] { (nameof(StartsAt), StartsAt), (nameof(EndsAt), EndsAt) })
        {
            if (moment is { } local && !time.Exists(local))
            {
                errors.AddModelError($"{prefix}.{field}", "The site's clocks skip that time: choose another.");
            }
        }

        if (StartsAt is { } starts && EndsAt is { } ends && ends <= starts)
        {
            errors.AddModelError($"{prefix}.{nameof(EndsAt)}", "The end must come after the start.");
        }
    }

    public void ApplyTo(AdCreative creative, int slotId, SiteTime time)
    {
        ArgumentNullException.ThrowIfNull(creative);
        ArgumentNullException.ThrowIfNull(time);
        creative.AdSlotId = slotId;
        creative.Name = Name.Trim();
        creative.HtmlSnippet = IsSnippet ? HtmlSnippet!.Trim() : null;
        creative.ImageUrl = IsSnippet ? null : ImageUrl?.Trim();
        creative.LinkUrl = string.IsNullOrWhiteSpace(LinkUrl) ? null : LinkUrl.Trim();
        creative.AltText = IsSnippet ? null : AltText?.Trim();
        creative.SectionId = SectionId;
        creative.StartsAt = StartsAt is { } starts ? time.ToUtc(starts) : null;
        creative.EndsAt = EndsAt is { } ends ? time.ToUtc(ends) : null;
        creative.IsEnabled = IsEnabled;
    }

    private static bool IsImageUrl(string? url) =>
        IsWebUrl(url) || (url?.Trim() is { Length: > 1 } path && path[0] == '/' && path[1] != '/' && path[1] != '\\');

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
