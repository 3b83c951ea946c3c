using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NewsSite.Site;

/// <summary>What the layout puts in a page's head: title, description, canonical URL, Open Graph and Twitter cards.</summary>
public sealed record PageMeta(string Title, string Description)
{
    private const string Key = nameof(PageMeta);

    /// <summary>Site-relative path of the canonical URL; the request's path when null.</summary>
    public string? CanonicalPath { get; init; }

    public string OpenGraphType { get; init; } = "website";

    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    public bool NoIndex { get; init; }

    /// <summary>Extra head markup already serialized safely, such as JSON-LD.</summary>
    public string? JsonLd { get; init; }

    public static PageMeta? Of(ViewDataDictionary viewData) => viewData?[Key] as PageMeta;

    public void ApplyTo(ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[Key] = this;
        viewData["Title"] = Title;
    }
}
