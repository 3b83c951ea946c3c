using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Pages;

public class IndexModel(NewsSiteDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StoryTeaser> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stories = await db.Articles.AsNoTracking()
            .VisibleToReaders(clock.GetUtcNow().UtcDateTime)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(30)
            .Select(a => new StoryTeaser(a.Slug, a.Headline, a.Summary, a.Section!.Name, a.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
    }

    public sealed record StoryTeaser(string Slug, string Headline, string Summary, string Section, DateTime PublishedAt);
}
