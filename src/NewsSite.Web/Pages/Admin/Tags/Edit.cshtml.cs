using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Tags;

/// <summary>One tag: rename it, merge it into another, or delete it once unused.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class EditModel(NewsSiteDb db, AuditLog audit) : PageModel
{
    [BindProperty, StringLength(100)]
    public string? Name { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    public string Slug { get; private set; } = "";

    public int ArticleCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        Name = tag.Name;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        var name = Name?.Trim() ?? "";
        var slug = NewsSite.Articles.Slug.From(name, 100);
        if (slug.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Give the tag a name with letters or digits.");
        }
        else if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), $"The tag /tag/{slug} already exists: merge into it instead.");
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        var before = tag.Name;
        (tag.Name, tag.Slug) = (name, slug);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TagRenamed, slug, $"{before} → {name}", cancellationToken);
        return Done($"{before} is now {name}.");
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Tags.Include(t => t.Articles).ThenInclude(a => a.Tags).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var wanted = Target?.Trim() ?? "";
        var targetSlug = NewsSite.Articles.Slug.From(wanted, 100);
        var target = await db.Tags.SingleOrDefaultAsync(t => t.Id != id && (t.Slug == targetSlug || t.Name == wanted), cancellationToken);
        if (target is null)
        {
            ModelState.AddModelError(nameof(Target), $"No other tag is called “{wanted}”.");
            Name = source.Name;
            return await ShowAsync(id, cancellationToken);
        }

        var moved = 0;
        foreach (var article in source.Articles.Where(a => a.Tags.All(t => t.Id != target.Id)))
        {
            article.Tags.Add(target);
            moved++;
        }

        // One save is one transaction: the stories gain the target and lose the source together.
        db.Tags.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TagsMerged, target.Slug, $"{source.Slug} merged, {moved} {(moved == 1 ? "story" : "stories")} gained the tag", cancellationToken);
        return Done($"{source.Name} is merged into {target.Name}.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        var used = await db.Articles.CountAsync(a => a.Tags.Any(t => t.Id == id), cancellationToken);
        if (used > 0)
        {
            ModelState.AddModelError(string.Empty, $"{tag.Name} cannot be deleted: {used} {(used == 1 ? "story carries" : "stories carry")} it. Merge it into another tag instead.");
            Name = tag.Name;
            return await ShowAsync(id, cancellationToken);
        }

        db.Tags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TagDeleted, tag.Slug, tag.Name, cancellationToken);
        return Done($"{tag.Name} is deleted.");
    }

    private RedirectToPageResult Done(string notice)
    {
        TempData[nameof(IndexModel.Notice)] = notice;
        return RedirectToPage("Index");
    }

    private async Task<PageResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Name, t.Slug, Count = t.Articles.Count }).SingleAsync(cancellationToken);
        (Slug, ArticleCount) = (tag.Slug, tag.Count);
        ViewData["Title"] = $"Tag: {tag.Name}";
        return Page();
    }
}
