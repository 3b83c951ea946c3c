namespace NewsSite.Articles;

/// <summary>A slug the article was once published under; its URL redirects permanently to the current one.</summary>
public class FormerSlug
{
    public required string Slug { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }
}
