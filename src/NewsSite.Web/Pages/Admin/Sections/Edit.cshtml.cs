using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Newsroom;
using Section = NewsSite.Sections.Section;

namespace NewsSite.Web.Pages.Admin.Sections;

/// <summary>Adds a section or edits one; deletes it once no story uses it, after moving its stories elsewhere if need be.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public class EditModel(NewsSiteDb db, SectionDirectory directory, AuditLog audit) : PageModel
{
    [BindProperty]
    public SectionForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public int ArticleCount { get; private set; }

    public IReadOnlyList<SectionLink> OtherSections { get; private set; } = [];

    public string? DeleteError { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (section is null)
            {
                return NotFound();
            }

            Form = new SectionForm { Name = section.Name, Slug = section.Slug, Description = section.Description, Position = section.Position };
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var section = id is null ? null : await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && section is null)
        {
            return NotFound();
        }

        var slug = SectionForm.SlugOf(Form);
        if (slug.Length == 0)
        {
            ModelState.AddModelError("Form.Slug", "Give the section an address made of letters or digits.");
        }
        else if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another section already has the address /section/{slug}.");
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        var before = section is null ? null : $"{section.Name} ({section.Slug})";
        if (section is null)
        {
            var last = await db.Sections.MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
            section = new Section { Name = "", Slug = "", Position = last + 1 };
            db.Sections.Add(section);
        }

        section.Name = Form.Name.Trim();
        section.Slug = slug;
        section.Description = Form.Description?.Trim() ?? "";
        section.Position = Form.Position ?? section.Position;
        await RenumberAsync(section, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        await audit.RecordAsync(before is null ? AuditActions.SectionCreated : AuditActions.SectionChanged, slug,
            before is null ? section.Name : $"{before} → {section.Name} ({slug})", cancellationToken);
        return Done($"{section.Name} is saved at /section/{slug}.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        var used = await db.Articles.CountAsync(a => a.SectionId == id, cancellationToken);
        if (used > 0)
        {
            Form = new SectionForm { Name = section.Name, Slug = section.Slug, Description = section.Description, Position = section.Position };
            DeleteError = $"{section.Name} cannot be deleted: {used} {(used == 1 ? "story uses" : "stories use")} it. Move them to another section first.";
            return await ShowAsync(id, cancellationToken);
        }

        db.Sections.Remove(section);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        await audit.RecordAsync(AuditActions.SectionDeleted, section.Slug, section.Name, cancellationToken);
        return Done($"{section.Name} is deleted.");
    }

    public async Task<IActionResult> OnPostMoveArticlesAsync(int id, int targetId, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => s.Id == id || s.Id == targetId).ToListAsync(cancellationToken);
        if (id == targetId || sections.Count != 2)
        {
            return NotFound();
        }

        // Tracked, not a bulk update, so the save evicts the cached pages of every story moved.
        var articles = await db.Articles.Where(a => a.SectionId == id).ToListAsync(cancellationToken);
        articles.ForEach(a => a.SectionId = targetId);
        await db.SaveChangesAsync(cancellationToken);
        var (from, to) = (sections.Single(s => s.Id == id), sections.Single(s => s.Id == targetId));
        var stories = articles.Count == 1 ? "1 story" : $"{articles.Count} stories";
        await audit.RecordAsync(AuditActions.SectionArticlesMoved, from.Slug, $"{stories} to {to.Slug}", cancellationToken);
        Notice = $"{stories} moved from {from.Name} to {to.Name}.";
        return RedirectToPage(new { id });
    }

    // The edited section takes the position asked for and the others close up around it, so positions stay 1, 2, 3...
    private async Task RenumberAsync(Section edited, CancellationToken cancellationToken)
    {
        var others = await db.Sections.Where(s => s.Id != edited.Id).ToListAsync(cancellationToken);
        var order = others.Append(edited).OrderBy(s => s.Position).ThenBy(s => s == edited ? 0 : 1).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Position = i + 1;
        }
    }

    private RedirectToPageResult Done(string notice)
    {
        TempData[nameof(IndexModel.Notice)] = notice;
        return RedirectToPage("Index");
    }

    private async Task<PageResult> ShowAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        ViewData["Title"] = id is null ? "Add a section" : $"Edit {Form.Name}";
        if (id is not null)
        {
            ArticleCount = await db.Articles.CountAsync(a => a.SectionId == id, cancellationToken);
            OtherSections = (await directory.AllAsync(cancellationToken)).Where(s => s.Id != id).ToList();
        }

        return Page();
    }

    public sealed class SectionForm
    {
        [Required, StringLength(100)]
        public string Name { get; set; } = "";

        [StringLength(100), Display(Name = "Address (slug)")]
        public string? Slug { get; set; }

        [StringLength(500)]
        public string? Description { get; set; }

        [Range(1, 1000)]
        public int? Position { get; set; }

        public static string SlugOf(SectionForm form) =>
            NewsSite.Articles.Slug.From(string.IsNullOrWhiteSpace(form.Slug) ? form.Name ?? "" : form.Slug, 100);
    }
}
