using Microsoft.EntityFrameworkCore;
using NewsSite.Store;

namespace NewsSite.Site;

/// <summary>
/// The sections in navigation order, read once and kept until an editor changes one (who calls <see cref="Invalidate"/>),
/// so the navigation on every page costs no query.
/// </summary>
public sealed class SectionDirectory(IDbContextFactory<NewsSiteDb> dbFactory)
{
    private volatile IReadOnlyList<SectionLink>? _sections;

    public async Task<IReadOnlyList<SectionLink>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_sections is { } cached)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SectionLink(s.Id, s.Name, s.Slug, s.Description)).ToListAsync(cancellationToken);
        _sections = sections;
        return sections;
    }

    public void Invalidate() => _sections = null;
}

public sealed record SectionLink(int Id, string Name, string Slug, string Description);
