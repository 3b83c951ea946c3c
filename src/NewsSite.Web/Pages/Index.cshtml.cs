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
        var newest = await FrontPageQueries.Newest(db, now, LatestCount + 1).ToListAsync(cancellationToken);
        Lead = newest.FirstOrDefault(t => !t.IsExcerptOnly) ?? newest.FirstOrDefault();
        Latest = [.. newest.Where(t => t != Lead)];

        Sections = await SectionBlocksAsync(now, await sections.AllAsync(cancellationToken), cancellationToken);

        var name = settings.Current.Name;
        new PageMeta(name, $"{name}: {options.Value.Tagline}. The latest stories, by section.")
        {
            CanonicalPath = "/",
        }.ApplyTo(ViewData);
    }

    // One statement for every eight sections: a small index walk per section, joined with UNION ALL (a single
    // windowed query would number every visible story in the store; a statement per section cost more in statement
    // preparation than in reading).
    private async Task<IReadOnlyList<SectionBlock>> SectionBlocksAsync(DateTime now, IReadOnlyList<SectionLink> all, CancellationToken cancellationToken)
    {
        var teasers = new List<ArticleTeaser>();
        foreach (var chunk in all.Select(s => s.Id).Chunk(FrontPageQueries.SectionsPerStatement))
        {
            int Section(int i) => i < chunk.Length ? chunk[i] : FrontPageQueries.NoSection;
            teasers.AddRange(await FrontPageQueries.NewestInSections(
                db, now, PerSection, Section(0), Section(1), Section(2), Section(3), Section(4), Section(5), Section(6), Section(7))
                .ToListAsync(cancellationToken));
        }

        var bySection = teasers.ToLookup(t => t.SectionSlug);
        return [.. all
            .Select(section => new SectionBlock(section.Name, section.Slug,
                [.. bySection[section.Slug].OrderByDescending(t => t.PublishedAt).ThenByDescending(t => t.Id)]))
            .Where(block => block.Stories.Count > 0)];
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleTeaser> Stories);
}
