using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>The tag vocabulary of generated stories, in a fixed order: every beat's topics and every dateline place.</summary>
public static class GeneratedTags
{
    public static IReadOnlyList<(string Name, string Slug)> All { get; } =
        [.. Beats.All.SelectMany(b => b.Tags).Concat(Places.All)
            .Select(name => (Name: name, Slug: Slug.From(name)))
            .DistinctBy(t => t.Slug)];

    private static readonly Dictionary<string, int> Numbers =
        All.Select((t, i) => (t.Slug, i)).ToDictionary(t => t.Slug, t => t.i, StringComparer.Ordinal);

    /// <summary>The tag's position in <see cref="All"/>.</summary>
    internal static int NumberOf(string name) => Numbers[Slug.From(name)];
}
