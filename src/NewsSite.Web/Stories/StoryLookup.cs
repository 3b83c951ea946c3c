using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Web.Stories;

/// <summary>
/// The stories a newsroom user may find and link to as related: Editors every story; Authors the stories readers
/// can see and their own (they see no one else's drafts, here as in the stories list).
/// </summary>
public sealed class StoryLookup(NewsSiteDb db, StoryAccess access, SiteTime time)
{
    public const int Limit = 10;

    // An Author also keeps the stories in linked (see WithIdsAsync).
    private async Task<IQueryable<Article>> FindableAsync(ClaimsPrincipal user, IReadOnlyCollection<int>? linked = null)
    {
        var stories = db.Articles.AsNoTracking();
        if (await access.IsEditorAsync(user))
        {
            return stories;
        }

        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var findable = stories.VisibleToReaders(time.UtcNow).Union(stories.Where(a => a.AuthorId == me));
        return linked is { Count: > 0 } ? findable.Union(stories.Where(a => linked.Contains(a.Id))) : findable;
    }

    /// <summary>Up to <see cref="Limit"/> stories whose headline holds <paramref name="text"/>, newest first.</summary>
    public async Task<IReadOnlyList<FoundStory>> SearchAsync(ClaimsPrincipal user, string? text, CancellationToken cancellationToken)
    {
        var key = HeadlineKey.From(text?.Trim() ?? "");
        if (key.Length == 0)
        {
            return [];
        }

        return await ListAsync((await FindableAsync(user)).Where(a => a.HeadlineKey.Contains(key))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(Limit), cancellationToken);
    }

    /// <summary>
    /// The stories among <paramref name="ids"/> the user may find, and those among them in <paramref name="linked"/>
    /// whoever looks, in no order. A link already saved on a story stays linkable: an Author keeps the links an Editor
    /// chose for their story, though the linked story may be someone's draft or have gone back to draft since.
    /// </summary>
    public async Task<IReadOnlyList<FoundStory>> WithIdsAsync(ClaimsPrincipal user, IReadOnlyCollection<int> ids, IReadOnlyCollection<int> linked, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await ListAsync((await FindableAsync(user, linked)).Where(a => ids.Contains(a.Id)), cancellationToken);

    private static async Task<IReadOnlyList<FoundStory>> ListAsync(IQueryable<Article> stories, CancellationToken cancellationToken)
    {
        var found = await stories.Select(a => new { a.Id, a.Headline, a.Slug, a.PublishedAt, a.Status }).ToListAsync(cancellationToken);
        return found.Select(a => new FoundStory(a.Id, a.Headline, a.Slug, AsUtc(a.PublishedAt), a.Status.ToString())).ToList();
    }

    // The store keeps UTC without saying so; the JSON says it.
    private static DateTime? AsUtc(DateTime? utc) => utc is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;
}

/// <summary>One story in the related picker's search results (the JSON the editor's script reads).</summary>
public sealed record FoundStory(int Id, string Headline, string Slug, DateTime? PublishedAt, string Status);
