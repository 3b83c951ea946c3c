using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;
using NewsSite.Web.Media;

namespace NewsSite.Web.Stories;

/// <summary>
/// Brings an old revision back as a new save through the desk (one save, so one transaction): its text, slug, section
/// and tags, and when the revision kept them its curated related stories and hero image. A related story deleted since,
/// or one the restoring user may not link, is left out, and so is an image whose file is gone; the outcome names them.
/// </summary>
public sealed class StoryRestore(NewsSiteDb db, StoryDesk desk, StoryLookup lookup, MediaLibrary media)
{
    public async Task<RestoreOutcome> RestoreAsync(Article story, Revision revision, ClaimsPrincipal user, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(revision);
        var form = FormFrom(revision, story);
        var skipped = new List<string>();
        if (revision.Related is { } related)
        {
            form.Related = await RelatedLinesAsync(story, related, user, skipped, cancellationToken);
            if (SavedHeroImage.Of(revision) is { } image && !media.Holds(image.FileName))
            {
                skipped.Add("the hero image (its file is no longer in the media folder)");
            }
            else
            {
                SavedHeroImage.Apply(SavedHeroImage.Of(revision), story);
            }
        }

        var conflict = await desk.SaveAsync(story, form, StoryAction.Restore, user, errors, cancellationToken);
        return new(conflict, skipped);
    }

    /// <summary>The revision's text, section and tags on the story's form (dateline, source and byline stay as they are).</summary>
    private static StoryForm FormFrom(Revision revision, Article current) => new()
    {
        Headline = revision.Headline,
        Slug = revision.Slug,
        Summary = revision.Summary,
        Body = revision.Body,
        DatelinePlace = current.DatelinePlace,
        Source = current.Source,
        Byline = current.Byline,
        SectionId = revision.SectionId,
        Tags = revision.Tags,
        ConcurrencyStamp = current.ConcurrencyStamp,
    };

    // The form's lines, by each story's slug today: the desk checks them again as it would an editor's.
    private async Task<string> RelatedLinesAsync(Article current, IReadOnlyList<RelatedAsSaved> related, ClaimsPrincipal user, List<string> skipped, CancellationToken cancellationToken)
    {
        var ids = related.Select(r => r.Id).ToList();
        var existing = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var findable = (await lookup.WithIdsAsync(user, ids, CuratedLinks.Linked(current), cancellationToken)).ToDictionary(s => s.Id);
        var lines = new List<string>();
        foreach (var story in related.DistinctBy(r => r.Id))
        {
            if (!existing.Contains(story.Id))
            {
                skipped.Add($"related story “{story.Headline}” (deleted since)");
            }
            else if (story.Id == current.Id || !findable.TryGetValue(story.Id, out var found))
            {
                skipped.Add($"related story “{story.Headline}” (you may not link it)");
            }
            else
            {
                lines.Add(found.Slug);
            }
        }

        return string.Join('\n', lines);
    }
}

/// <summary>How a restore went: the conflict when someone saved in the meantime, and what of the revision was left out.</summary>
public sealed record RestoreOutcome(StoryConflict? Conflict, IReadOnlyList<string> Skipped);
