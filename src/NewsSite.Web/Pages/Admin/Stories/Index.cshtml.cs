using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Sections;
using NewsSite.Store;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Pages.Admin.Stories;

/// <summary>The newsroom's stories, newest first, filtered by status, section and headline; Authors see their own.</summary>
public class IndexModel(NewsSiteDb db, StoryAccess access) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "status")]
    public ArticleStatus? Status { get; set; }

    [FromQuery(Name = "section")]
    public int? SectionId { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    // "page" is a Razor Pages route value, so the query binds by name.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>What the last action did (a deletion lands here).</summary>
    [TempData]
    public string? Notice { get; set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Stories";
        PageNumber = Math.Max(1, PageNumber);
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var stories = db.Articles.AsNoTracking();
        if (!await access.IsEditorAsync(User))
        {
            var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
            stories = stories.Where(a => a.AuthorId == me);
        }

        if (Status is { } status)
        {
            stories = stories.Where(a => a.Status == status);
        }

        if (SectionId is { } section)
        {
            stories = stories.Where(a => a.SectionId == section);
        }

        if (Text?.Trim() is { Length: > 0 } text)
        {
            var key = HeadlineKey.From(text);
            stories = stories.Where(a => a.HeadlineKey.Contains(key));
        }

        Total = await stories.CountAsync(cancellationToken);
        Rows = await stories.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Headline, a.Status, a.Section!.Name, a.Byline,
                db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault(), a.UpdatedAt, a.IsExcerptOnly))
            .ToListAsync(cancellationToken);
    }

    /// <summary>This list's URL on another page, keeping the filters.</summary>
    public string PageUrl(int page) => "/admin/stories" + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(),
        ["section"] = SectionId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Text,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public sealed record Row(int Id, string Headline, ArticleStatus Status, string Section, string? Byline, string? Author, DateTime UpdatedAt, bool IsExcerptOnly);
}
