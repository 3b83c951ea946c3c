namespace NewsSite.Web.Articles;

/// <summary>One page of a list, numbered from 1, and whether there are pages around it.</summary>
public sealed record Paging<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class PageNumber
{
    /// <summary>Page numbers from the query string, clamped: 0, negatives and nonsense read as 1.</summary>
    public static int Clamp(int? page) => page is > 0 and < 100_000 ? page.Value : 1;
}
