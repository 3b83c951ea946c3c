namespace NewsSite.Articles;

/// <summary>Column sizes, shared by the store, the importer and the editors' forms.</summary>
public static class ArticleLimits
{
    public const int Slug = 200;
    public const int Headline = 300;
    public const int Summary = 2000;
    public const int DatelinePlace = 100;
    public const int Source = 50;
    public const int Byline = 200;
    public const int Keywords = 1000;
    public const int ImageUrl = 500;
    public const int ImageAlt = 300;
}
