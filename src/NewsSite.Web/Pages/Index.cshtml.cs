using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages;

public class IndexModel(NewsSiteDb db, SiteTime time, SectionDirectory sections, IOptions<SiteOptions> options, LiveSettings settings) : PageModel
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

        Sections = await SectionBlocksAsync(visible, await sections.AllAsync(cancellationToken), cancellationToken);

        var name = settings.Current.Name;
        new PageMeta(name, $"{name}: {options.Value.Tagline}. The latest stories, by section.")
        {
            CanonicalPath = "/",
        }.ApplyTo(ViewData);
    }

    // Two statements whatever the number of sections: the newest few ids of each section (one small index walk per
    // section, joined with UNION ALL: a single windowed query would number every visible story in the store), then
    // their teasers. A query per section cost more in statement preparation than in reading.
    private async Task<IReadOnlyList<SectionBlock>> SectionBlocksAsync(IQueryable<Article> visible, IReadOnlyList<SectionLink> all, CancellationToken cancellationToken)
    {
        if (all.Count == 0)
        {
            return [];
        }

        var picks = all.Select(section => visible.Where(a => a.SectionId == section.Id)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(PerSection)
                .Select(a => new { a.SectionId, a.Id }))
            .Aggregate(Queryable.Concat);
        var picked = await picks.ToListAsync(cancellationToken);
        var ids = picked.Select(p => p.Id).ToList();
        var teasers = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(ArticleTeaser.FromArticle)
            .ToDictionaryAsync(t => t.Id, cancellationToken);

        return [.. all
            .Select(section => new SectionBlock(section.Name, section.Slug, [.. picked.Where(p => p.SectionId == section.Id).Select(p => teasers[p.Id])]))
            .Where(block => block.Stories.Count > 0)];
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleTeaser> Stories);
}
