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

        // One small query per section, each walking the (SectionId, PublishedAt) index backwards and stopping after
        // a few rows: a single windowed query would number every visible story in the store on each request.
        var blocks = new List<SectionBlock>();
        foreach (var section in await sections.AllAsync(cancellationToken))
        {
            var stories = await visible.Where(a => a.SectionId == section.Id)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(PerSection)
                .Select(ArticleTeaser.FromArticle)
                .ToListAsync(cancellationToken);
            if (stories.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Name, section.Slug, stories));
            }
        }

        Sections = blocks;

        var name = settings.Current.Name;
        new PageMeta(name, $"{name}: {options.Value.Tagline}. The latest stories, by section.")
        {
            CanonicalPath = "/",
        }.ApplyTo(ViewData);
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleTeaser> Stories);
}
