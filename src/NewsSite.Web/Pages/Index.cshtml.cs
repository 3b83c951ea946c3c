using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages;

public class IndexModel(NewsSiteDb db, SiteTime time, IOptions<SiteOptions> options) : PageModel
{
    private const int LatestCount = 10;
    private const int PerSection = 4;

    public ArticleTeaser? Lead { get; private set; }

    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];

    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow;
        var visible = db.Articles.AsNoTracking().VisibleToReaders(now);
        var newest = await visible
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(LatestCount + 1)
            .Select(ArticleTeaser.FromArticle)
            .ToListAsync(cancellationToken);
        Lead = newest.FirstOrDefault(t => !t.IsExcerptOnly) ?? newest.FirstOrDefault();
        Latest = [.. newest.Where(t => t != Lead)];

        // One query: the newest few of every section, partitioned in the database. The partition selects article
        // columns only: anything from the outer section row inside it would need APPLY, which SQLite lacks.
        var blocks = await db.Sections.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new
            {
                s.Name,
                s.Slug,
                Stories = db.Articles.VisibleToReaders(now).Where(a => a.SectionId == s.Id)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Take(PerSection)
                    .Select(a => new { a.Id, a.Slug, a.Headline, a.Summary, a.DatelinePlace, a.PublishedAt, a.IsExcerptOnly, a.HeroImageUrl, a.HeroImageAlt })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        Sections = [.. blocks.Where(b => b.Stories.Count > 0).Select(b => new SectionBlock(b.Name, b.Slug, [.. b.Stories.Select(a =>
            new ArticleTeaser(a.Id, a.Slug, a.Headline, a.Summary, a.DatelinePlace, a.PublishedAt!.Value, b.Name, b.Slug, a.IsExcerptOnly, a.HeroImageUrl, a.HeroImageAlt))]))];

        new PageMeta(options.Value.Name, $"{options.Value.Name}: {options.Value.Tagline}. The latest stories, by section.")
        {
            CanonicalPath = "/",
        }.ApplyTo(ViewData);
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleTeaser> Stories);
}
