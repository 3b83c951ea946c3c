using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Web.Articles;

/// <summary>
/// How many stories readers can see on each section, tag and source list, for the pagers. Counting is the dearest
/// part of an uncached list page (a section's twenty thousand stories at 100,000 in the store), and the numbers change
/// only when a story is saved (<see cref="Forget"/>, called after every committed save) or when a dated story's time
/// comes, so they are kept until the next of those. Another server's saves reach this one within <see cref="MaxAge"/>.
/// </summary>
public sealed class ListCounts
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _generation;

    // Null while nothing is kept: then the first count kept sets it.
    private DateTime? _validUntil;

    /// <param name="list">Names the list, e.g. "section:4".</param>
    public async Task<int> CountAsync(string list, IQueryable<Article> visible, NewsSiteDb db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        long generation;
        DateTime? validUntil;
        lock (_gate)
        {
            if (nowUtc >= _validUntil)
            {
                ForgetHeld();
            }

            if (_counts.TryGetValue(list, out var known))
            {
                return known;
            }

            generation = _generation;
            validUntil = _validUntil;
        }

        var count = await visible.CountAsync(cancellationToken);
        validUntil ??= await ValidUntilAsync(db, nowUtc, cancellationToken);
        lock (_gate)
        {
            // A save while counting may have changed the number: keep it only if nothing was forgotten meanwhile.
            if (generation == _generation)
            {
                _validUntil ??= validUntil;
                _counts[list] = count;
            }
        }

        return count;
    }

    public void Forget()
    {
        lock (_gate)
        {
            ForgetHeld();
        }
    }

    private void ForgetHeld()
    {
        _counts.Clear();
        _validUntil = null;
        _generation++;
    }

    // The next moment a story joins the lists by itself: the earliest dated story not yet visible.
    private static async Task<DateTime> ValidUntilAsync(NewsSiteDb db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var next = await db.Articles.AsNoTracking()
            .Where(a => a.PublishedAt > nowUtc && a.Status != ArticleStatus.Draft && a.Status != ArticleStatus.Withdrawn)
            .OrderBy(a => a.PublishedAt)
            .Select(a => a.PublishedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var latest = nowUtc.Add(MaxAge);
        return next is { } goesLive && goesLive < latest ? goesLive : latest;
    }
}
