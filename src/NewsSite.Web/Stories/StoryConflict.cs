using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Web.Stories;

/// <summary>The version another editor saved while this one was editing: shown beside the form so neither loses work.</summary>
public sealed record StoryConflict(string Headline, string Summary, string Body, string? SavedBy, DateTime? SavedAtUtc, Guid ConcurrencyStamp)
{
    public static async Task<StoryConflict> LoadAsync(NewsSiteDb db, int id, CancellationToken cancellationToken)
    {
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Headline, a.Summary, a.Body, a.ConcurrencyStamp, a.UpdatedAt })
            .SingleAsync(cancellationToken);
        var last = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Id).Select(r => new { r.UserName, r.AtUtc }).FirstOrDefaultAsync(cancellationToken);
        return new(current.Headline, current.Summary, current.Body, last?.UserName, last?.AtUtc ?? current.UpdatedAt, current.ConcurrencyStamp);
    }
}
