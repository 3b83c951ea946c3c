using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Stories;

/// <summary>
/// A story's curated related stories as the form carries them: one story (slug or reader URL) a line, in order.
/// Every line must name a story the user may find (<see cref="StoryLookup"/>) or one the story already links to, not
/// the story itself and not twice, and there are at most <see cref="Most"/>.
/// </summary>
public sealed class CuratedLinks(NewsSiteDb db, StoryLookup lookup)
{
    public const int Most = 10;

    public const string Field = "Form.Related";

    /// <summary>The story's links as they stand in <paramref name="article"/> (loaded with them), with each related story's headline and slug.</summary>
    public async Task<List<RelatedAsSaved>> AsSavedAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var ids = article.RelatedLinks.OrderBy(l => l.Position).Select(l => l.RelatedArticleId).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var stories = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedAsSaved(a.Id, a.Headline, a.Slug)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return ids.Where(stories.ContainsKey).Select(id => stories[id]).ToList();
    }

    /// <summary>Each non-empty line with the story it names, or null when it names none the user may find.</summary>
    public async Task<IReadOnlyList<(string Line, FoundStory? Story)>> DescribeAsync(string? lines, Article story, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var entries = Lines(lines ?? "");
        var named = await NamedAsync(entries, Linked(story), user, cancellationToken);
        return entries.Select(e => (e.Text, e.Slug is null ? null : named.GetValueOrDefault(e.Slug))).ToList();
    }

    /// <summary>The story ids the lines name, in order; null when a line is refused (the errors name it). The story's links must be loaded.</summary>
    public async Task<IReadOnlyList<int>?> ResolveAsync(Article story, string lines, ClaimsPrincipal user, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(errors);
        var entries = Lines(lines);
        if (entries.Count > Most)
        {
            errors.AddModelError(Field, $"At most {Most} related stories: the list has {entries.Count}.");
            return null;
        }

        var named = await NamedAsync(entries, Linked(story), user, cancellationToken);
        var chosen = new List<int>();
        var firstLine = new Dictionary<int, int>();
        foreach (var (number, text, slug) in entries)
        {
            var id = slug is not null && named.TryGetValue(slug, out var found) ? found.Id : (int?)null;
            var problem = id is null ? "no story has this address"
                : id == story.Id ? "that is this story itself"
                : firstLine.TryGetValue(id.Value, out var first) ? $"the same story as line {first}"
                : null;
            if (problem is not null)
            {
                errors.AddModelError(Field, $"Line {number} (“{Shorten(text)}”): {problem}.");
                continue;
            }

            firstLine[id!.Value] = number;
            chosen.Add(id.Value);
        }

        return chosen.Count == entries.Count ? chosen : null;
    }

    /// <summary>Makes the story's links exactly <paramref name="ids"/>, in order; its links must be loaded. True when they changed.</summary>
    public bool Replace(Article article, IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(ids);
        if (article.RelatedLinks.OrderBy(l => l.Position).Select(l => l.RelatedArticleId).SequenceEqual(ids))
        {
            return false;
        }

        foreach (var gone in article.RelatedLinks.Where(l => !ids.Contains(l.RelatedArticleId)).ToList())
        {
            article.RelatedLinks.Remove(gone);
            db.RelatedLinks.Remove(gone);
        }

        // Links that stay are moved, not removed and added again: the key is the pair of stories.
        for (var position = 0; position < ids.Count; position++)
        {
            var link = article.RelatedLinks.Find(l => l.RelatedArticleId == ids[position]);
            if (link is null)
            {
                article.RelatedLinks.Add(new RelatedLink { RelatedArticleId = ids[position], Position = position });
            }
            else
            {
                link.Position = position;
            }
        }

        return true;
    }

    // By current slug or by a former one (an old address still names its story).
    private async Task<Dictionary<string, FoundStory>> NamedAsync(IEnumerable<(int Number, string Text, string? Slug)> entries, IReadOnlyCollection<int> linked, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var slugs = entries.Select(e => e.Slug).OfType<string>().Distinct().ToList();
        if (slugs.Count == 0)
        {
            return [];
        }

        var named = await db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug)).Select(a => new { a.Slug, a.Id })
            .Concat(db.FormerSlugs.AsNoTracking().Where(f => slugs.Contains(f.Slug)).Select(f => new { f.Slug, Id = f.ArticleId }))
            .ToListAsync(cancellationToken);
        var stories = (await lookup.WithIdsAsync(user, named.Select(n => n.Id).Distinct().ToList(), linked, cancellationToken)).ToDictionary(s => s.Id);
        return named.Where(n => stories.ContainsKey(n.Id)).ToDictionary(n => n.Slug, n => stories[n.Id], StringComparer.Ordinal);
    }

    /// <summary>The ids of the stories <paramref name="story"/> links to now (its links loaded).</summary>
    public static List<int> Linked(Article story) => story.RelatedLinks.Select(l => l.RelatedArticleId).ToList();

    private static List<(int Number, string Text, string? Slug)> Lines(string lines) =>
        lines.Split('\n').Select((text, index) => (Number: index + 1, Text: text.Trim()))
            .Where(l => l.Text.Length > 0)
            .Select(l => (l.Number, l.Text, StoryAddress.SlugOf(l.Text)))
            .ToList();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
