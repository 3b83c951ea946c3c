using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Tags;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Stories;

/// <summary>
/// Applies the story form and one of its actions to a story in a single save, with a revision of the result.
/// Errors go into the page's model state; a save over someone else's newer save comes back as a conflict.
/// </summary>
public sealed class StoryDesk(NewsSiteDb db, IDbContextFactory<NewsSiteDb> dbFactory, StorySlugs slugs, CuratedLinks curated, SiteTime time, AuditLog audit)
{
    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Tags).Include(a => a.FormerSlugs).Include(a => a.RelatedLinks).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Article Start(ClaimsPrincipal user) => new()
    {
        Headline = "",
        HeadlineKey = "",
        Slug = "",
        AuthorId = user.FindFirstValue(ClaimTypes.NameIdentifier),
        Status = ArticleStatus.Draft,
    };

    /// <returns>The conflict when the story changed since the form was opened; null when saved or refused (see <paramref name="errors"/>).</returns>
    public async Task<StoryConflict?> SaveAsync(Article article, StoryForm form, StoryAction action, ClaimsPrincipal user, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var isNew = article.Id == 0;
        if (!isNew && form.ConcurrencyStamp != article.ConcurrencyStamp)
        {
            return await ConflictAsync(article.Id, cancellationToken);
        }

        // The hero image as stored: the form's image part was applied to the story before this save.
        var before = isNew ? null : StorySnapshot.Of(article) with { Hero = SavedHeroImage.AsStored(db.Entry(article)) };
        var now = time.UtcNow;
        var slug = await slugs.ChooseAsync(article.Id, form, errors, cancellationToken);
        var section = await db.Sections.AsNoTracking().Where(s => s.Id == form.SectionId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            errors.AddModelError("Form.SectionId", "Choose a section.");
        }

        DateTime? scheduleAt = form.ScheduleAt is { } local ? time.ToUtc(local) : null;
        if (action == StoryAction.Schedule && (scheduleAt is not { } due || due <= now))
        {
            errors.AddModelError("Form.ScheduleAt", "Give a publishing time in the future.");
        }

        var related = form.Related is { } lines ? await curated.ResolveAsync(article, lines, user, errors, cancellationToken) : null;
        if (!errors.IsValid || slug is null)
        {
            return null;
        }

        article.Headline = form.Headline.Trim();
        article.HeadlineKey = HeadlineKey.From(article.Headline);
        // Browsers post a textarea's lines ending in CR LF: stored as LF, so the form can show them again as valid HTML
        // (a carriage return in a textarea is written as &#xD;, which HTML forbids) and revisions compare line by line.
        article.Summary = form.Summary?.Trim().ReplaceLineEndings("\n") ?? "";
        article.Body = form.Body?.ReplaceLineEndings("\n") ?? "";
        // An importer stub with a body written in is a full story now.
        article.IsExcerptOnly &= article.Body.Length == 0;
        article.DatelinePlace = Blank(form.DatelinePlace);
        article.Source = Blank(form.Source);
        article.Byline = Blank(form.Byline);
        article.SectionId = form.SectionId;
        article.UpdatedAt = now;
        if (isNew)
        {
            article.CreatedAt = now;
            db.Articles.Add(article);
        }

        await SetTagsAsync(article, form.TagNames(), cancellationToken);
        var relatedChanged = related is not null && curated.Replace(article, related);
        StorySlugs.Change(article, slug, wasLive: before?.Status == ArticleStatus.Published);
        ApplyAction(article, action, scheduleAt, now);

        var after = StorySnapshot.Of(article);
        var changed = after.ChangedFrom(before);
        if (relatedChanged)
        {
            changed = [.. changed, "Related"];
        }

        var keptRelated = await curated.AsSavedAsync(article, cancellationToken);
        var revision = after.ToRevision(article.Id, section!, user.FindFirstValue(ClaimTypes.NameIdentifier), user.NewsroomName(), now, action, changed, keptRelated);
        revision.Article = article;
        db.Revisions.Add(revision);
        if (!isNew)
        {
            // The stamp the editor's form was built from: the store refuses the update if anyone saved since.
            db.Entry(article).Property(a => a.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(article.Id, cancellationToken);
        }

        await RecordAsync(action, article, cancellationToken);
        return null;
    }

    private static void ApplyAction(Article article, StoryAction action, DateTime? scheduleAt, DateTime now)
    {
        switch (action)
        {
            case StoryAction.Publish:
                article.PublishedAt = article.Status == ArticleStatus.Published ? article.PublishedAt ?? now : now;
                article.Status = ArticleStatus.Published;
                break;
            case StoryAction.Schedule:
                article.Status = ArticleStatus.Scheduled;
                article.PublishedAt = scheduleAt;
                break;
            case StoryAction.Unpublish:
                article.Status = ArticleStatus.Draft;
                break;
            case StoryAction.Withdraw:
                article.Status = ArticleStatus.Withdrawn;
                break;
            case StoryAction.Draft or StoryAction.Restore:
                break;
        }
    }

    private async Task SetTagsAsync(Article article, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => (Name: n, Slug: Slug.From(n, 100))).ToList();
        var slugs = wanted.Select(w => w.Slug).ToList();
        var known = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        article.Tags.Clear();
        foreach (var (name, slug) in wanted)
        {
            article.Tags.Add(known.TryGetValue(slug, out var tag) ? tag : new Tag { Name = name.Length > 100 ? name[..100] : name, Slug = slug });
        }
    }

    private async Task<StoryConflict> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        // A context of its own: this one still holds the refused changes.
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await StoryConflict.LoadAsync(fresh, id, cancellationToken);
    }

    private Task RecordAsync(StoryAction action, Article article, CancellationToken cancellationToken)
    {
        var what = action switch
        {
            StoryAction.Publish => AuditActions.StoryPublished,
            StoryAction.Schedule => AuditActions.StoryScheduled,
            StoryAction.Unpublish => AuditActions.StoryUnpublished,
            StoryAction.Withdraw => AuditActions.StoryWithdrawn,
            _ => null,
        };
        var details = action == StoryAction.Schedule ? $"due {article.PublishedAt:u}" : null;
        return what is null ? Task.CompletedTask : audit.RecordAsync(what, article.Slug, details, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
