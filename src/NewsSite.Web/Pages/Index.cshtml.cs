using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Pages;

public class IndexModel(NewsSiteDb db, SiteTime time, SectionDirectory sections, IOptions<SiteOptions> options, LiveSettings settings) : PageModel
{
    public ArticleTeaser? Lead { get; private set; }

    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];

    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.UtcNow;
        var newest = await FrontPageQueries.Newest(db, now).ToListAsync(cancellationToken);
        Lead = newest.FirstOrDefault(t => !t.IsExcerptOnly) ?? newest.FirstOrDefault();
        Latest = [.. newest.Where(t => t != Lead)];

        Sections = await SectionBlocksAsync(now, await sections.AllAsync(cancellationToken), cancellationToken);

        var name = settings.Current.Name;
        new PageMeta(name, $"{name}: {options.Value.Tagline}. The latest stories, by section.")
        {
            CanonicalPath = "/",
        }.ApplyTo(ViewData);
    }

    // Two statements whatever the number of sections: the newest few ids of each section, then their teasers.
    // A query per section cost more in statement preparation than in reading.
    private async Task<IReadOnlyList<SectionBlock>> SectionBlocksAsync(DateTime now, IReadOnlyList<SectionLink> all, CancellationToken cancellationToken)
    {
        if (all.Count == 0)
        {
            return [];
        }

        var picked = await FrontPageQueries.SectionPicks(db, now, [.. all.Select(s => s.Id)]).ToListAsync(cancellationToken);
        var teasers = await FrontPageQueries.TeasersOf(db, [.. picked.Select(p => p.Id)]).ToDictionaryAsync(t => t.Id, cancellationToken: cancellationToken);

        return [.. all
            .Select(section => new SectionBlock(section.Name, section.Slug, [.. picked.Where(p => p.SectionId == section.Id).Select(p => teasers[p.Id])]))
            .Where(block => block.Stories.Count > 0)];
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleTeaser> Stories);
}
