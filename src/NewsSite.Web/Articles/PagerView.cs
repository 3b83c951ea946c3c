using System.Globalization;

namespace NewsSite.Web.Articles;

/// <summary>Links to neighbouring pages of a list at <see cref="Path"/>; page 1 is the bare path.</summary>
public sealed record PagerView(string Path, int Page, int PageCount, string? Query = null)
{
    public string UrlFor(int page)
    {
        var parameters = new List<string>();
        if (Query is { Length: > 0 })
        {
            parameters.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (page > 1)
        {
            parameters.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parameters.Count == 0 ? Path : Path + "?" + string.Join('&', parameters);
    }
}
