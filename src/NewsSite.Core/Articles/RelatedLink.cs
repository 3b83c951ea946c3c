namespace NewsSite.Articles;

/// <summary>A curated "related article" link, ordered by <see cref="Position"/>.</summary>
public class RelatedLink
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int RelatedArticleId { get; set; }

    public Article? RelatedArticle { get; set; }

    public int Position { get; set; }
}
