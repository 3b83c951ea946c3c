using NewsSite.Articles;

namespace NewsSite.Web.Stories;

/// <summary>The fields a revision keeps, taken before and after a save to name what changed.</summary>
public sealed record StorySnapshot(string Headline, string Summary, string Body, string Slug, int SectionId, string Tags, ArticleStatus Status, SavedHeroImage? Hero)
{
    public static StorySnapshot Of(Article article) => new(
        article.Headline, article.Summary, article.Body, article.Slug, article.SectionId,
        string.Join(", ", article.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)), article.Status, SavedHeroImage.Of(article));

    public static StorySnapshot Of(Revision revision) => new(
        revision.Headline, revision.Summary, revision.Body, revision.Slug, revision.SectionId, revision.Tags, revision.Status, SavedHeroImage.Of(revision));

    /// <summary>The names of the fields that differ from <paramref name="before"/> (everything, for a new story).</summary>
    public IReadOnlyList<string> ChangedFrom(StorySnapshot? before)
    {
        var changed = new List<string>();
        Add(nameof(Headline), before?.Headline != Headline);
        Add(nameof(Summary), before?.Summary != Summary);
        Add(nameof(Body), before?.Body != Body);
        Add(nameof(Slug), before?.Slug != Slug);
        Add("Section", before?.SectionId != SectionId);
        Add(nameof(Tags), before?.Tags != Tags);
        Add(nameof(Status), before?.Status != Status);
        Add("Hero image", before?.Hero != Hero);
        return changed;

        void Add(string name, bool differs)
        {
            if (differs)
            {
                changed.Add(name);
            }
        }
    }

    /// <param name="related">The story's curated related stories after the save, in order.</param>
    public Revision ToRevision(int articleId, string sectionName, string? userId, string userName, DateTime atUtc, StoryAction action, IReadOnlyList<string> changed, IEnumerable<RelatedAsSaved> related) => new()
    {
        ArticleId = articleId,
        AtUtc = atUtc,
        UserId = userId,
        UserName = userName,
        Action = action.Name(),
        Headline = Headline,
        Summary = Summary,
        Body = Body,
        Slug = Slug,
        SectionId = SectionId,
        SectionName = sectionName,
        Tags = Tags.Length > Revision.TagsMaxLength ? Tags[..Revision.TagsMaxLength] : Tags,
        Status = Status,
        Changed = string.Join(", ", changed),
        Related = [.. related],
        HeroImageUrl = Hero?.Url,
        HeroImageAlt = Hero?.Alt,
        HeroImageWidth = Hero?.Width,
        HeroImageHeight = Hero?.Height,
    };
}
