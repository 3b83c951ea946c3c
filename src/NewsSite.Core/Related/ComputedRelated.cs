namespace NewsSite.Articles;

/// <summary>
/// One place in a story's computed related-articles list, worked out when the story or its neighbours change
/// (<see cref="RelatedRefresh"/>) so that reader pages only read it. <see cref="Rank"/> 0 is the closest.
/// </summary>
/// <remarks>
/// <see cref="RelatedArticleId"/> has no foreign key on purpose: these rows are derived data, readers join them to
/// the stories that still exist, and the next refresh drops a row whose story was deleted.
/// </remarks>
public class ComputedRelated
{
    public int ArticleId { get; set; }

    public int Rank { get; set; }

    public int RelatedArticleId { get; set; }
}
