using System.ComponentModel.DataAnnotations;
using NewsSite.Articles;

namespace NewsSite.Web.Stories;

/// <summary>What the story form posts. Tags are one comma-separated field; the schedule time is wall-clock time in the site's zone.</summary>
public sealed class StoryForm
{
    [Required, StringLength(ArticleLimits.Headline)]
    public string Headline { get; set; } = "";

    [StringLength(ArticleLimits.Slug), Display(Name = "Slug (leave empty to make one from the headline)")]
    public string? Slug { get; set; }

    [StringLength(ArticleLimits.Summary)]
    public string? Summary { get; set; }

    [Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [StringLength(ArticleLimits.DatelinePlace), Display(Name = "Dateline place")]
    public string? DatelinePlace { get; set; }

    [StringLength(ArticleLimits.Source), Display(Name = "Source agency")]
    public string? Source { get; set; }

    [StringLength(ArticleLimits.Byline)]
    public string? Byline { get; set; }

    [Display(Name = "Section")]
    public int SectionId { get; set; }

    [StringLength(Revision.TagsMaxLength), Display(Name = "Tags (comma-separated)")]
    public string? Tags { get; set; }

    /// <summary>
    /// Curated related stories, a slug or reader URL a line, in order (see <see cref="CuratedLinks"/>). Null when the
    /// post has no such field, which leaves the links as they are; an emptied list arrives as "" and removes them.
    /// </summary>
    [StringLength(4000), DisplayFormat(ConvertEmptyStringToNull = false), Display(Name = "Related stories")]
    public string? Related { get; set; }

    [Display(Name = "Publish at (site time)")]
    public DateTime? ScheduleAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    // The hero image (see StoryHeroImage): a new file replaces the current image, Remove takes it off; the alt text
    // is required whenever the story keeps an image.
    [Display(Name = "New hero image (JPEG, PNG, WebP or GIF)")]
    public IFormFile? HeroImage { get; set; }

    [StringLength(ArticleLimits.ImageAlt), Display(Name = "Alt text: what the image shows, for readers who cannot see it")]
    public string? HeroImageAlt { get; set; }

    [Display(Name = "Remove the hero image")]
    public bool RemoveHeroImage { get; set; }

    /// <summary>An image uploaded with a post that came back with errors: stored already, so the editor need not choose it again.</summary>
    public string? HeroImageKept { get; set; }

    public static StoryForm From(Article article) => new()
    {
        Headline = article.Headline,
        Slug = article.Slug,
        Summary = article.Summary,
        Body = article.Body,
        DatelinePlace = article.DatelinePlace,
        Source = article.Source,
        Byline = article.Byline,
        SectionId = article.SectionId,
        Tags = string.Join(", ", article.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)),
        ConcurrencyStamp = article.ConcurrencyStamp,
        HeroImageAlt = article.HeroImageAlt,
    };

    public IReadOnlyList<string> TagNames() =>
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(t => NewsSite.Articles.Slug.From(t, 100)).Where(t => NewsSite.Articles.Slug.From(t, 100).Length > 0).ToList();
}
