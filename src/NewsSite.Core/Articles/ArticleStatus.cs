namespace NewsSite.Articles;

public enum ArticleStatus
{
    Draft = 0,

    /// <summary>Goes live by itself once <see cref="Article.PublishedAt"/> has passed.</summary>
    Scheduled = 1,

    Published = 2,

    /// <summary>Taken down by an editor; readers get 410 Gone.</summary>
    Withdrawn = 3,
}
