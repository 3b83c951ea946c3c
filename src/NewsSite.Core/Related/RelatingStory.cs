using Microsoft.EntityFrameworkCore;

namespace NewsSite.Articles;

/// <summary>A story as the related-articles lists see it, whether it is being given a list or may appear in others'.</summary>
public sealed record RelatingStory(int Id, int SectionId, IReadOnlyCollection<int> TagIds, string Keywords, ArticleStatus Status, DateTime? PublishedAt)
{
    /// <summary>Whether the story may appear in lists (<see cref="RelatedListing"/>).</summary>
    public bool IsListed => RelatedListing.IsListed(Status, PublishedAt);

    /// <summary>Where the story stands in publishing order; drafts stand after everything, as if published now.</summary>
    public DateTime Order => PublishedAt ?? DateTime.MaxValue;

    public RelatedCandidate AsCandidate() => new(Id, SectionId, TagIds, Keywords, Order);

    /// <summary>
    /// Reads stories as related lists see them. Split: in one query SQLite would materialize every story's tags to
    /// join them to the stories read.
    /// </summary>
    public static IQueryable<RelatingStory> ReadFrom(IQueryable<Article> articles) =>
        articles.AsNoTracking().AsSplitQuery()
            .Select(a => new RelatingStory(a.Id, a.SectionId, a.Tags.Select(t => t.Id).ToList(), a.Keywords, a.Status, a.PublishedAt));
}
