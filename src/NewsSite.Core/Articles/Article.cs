using NewsSite.Importing;
using NewsSite.Sections;
using NewsSite.Tags;

namespace NewsSite.Articles;

public class Article
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Headline { get; set; }

    /// <summary>The headline folded for matching (case, quotes, spacing), kept in step by <see cref="Headline"/>'s writers.</summary>
    public required string HeadlineKey { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";

    /// <summary>The body rendered and sanitized, kept in step with <see cref="Body"/> on every save (see <see cref="ArticleDerivedText"/>).</summary>
    public string BodyHtml { get; set; } = "";

    public int WordCount { get; set; }

    /// <summary>The story's most telling words, space-separated, for related-article ranking; derived on save.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>Site-relative URL of the hero image, when there is one.</summary>
    public string? HeroImageUrl { get; set; }

    public string? HeroImageAlt { get; set; }

    public int? HeroImageWidth { get; set; }

    public int? HeroImageHeight { get; set; }

    /// <summary>Where the story was filed from: "Seoul", "New Delhi".</summary>
    public string? DatelinePlace { get; set; }

    /// <summary>The agency the story came from: AP, PTI, Reuters.</summary>
    public string? Source { get; set; }

    public string? Byline { get; set; }

    public int SectionId { get; set; }

    public Section? Section { get; set; }

    public ArticleStatus Status { get; set; }

    /// <summary>UTC. For a scheduled article, the moment it goes live.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC; shown to readers as "Updated" when later than <see cref="PublishedAt"/>.</summary>
    public DateTime UpdatedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Known only from a related-articles excerpt; a later import of the full story fills it in.</summary>
    public bool IsExcerptOnly { get; set; }

    /// <summary>The newsroom user (NewsroomUser.Id) who wrote the story in the admin; null for imported stories.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Renewed on every save (see NewsSiteDb.SaveChanges), so two editors cannot overwrite each other unseen.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<Tag> Tags { get; } = [];

    /// <summary>Curated related articles, in the editor's (or the seed page's) order.</summary>
    public List<RelatedLink> RelatedLinks { get; } = [];

    public List<FormerSlug> FormerSlugs { get; } = [];

    public List<ImportRecord> ImportRecords { get; } = [];
}
