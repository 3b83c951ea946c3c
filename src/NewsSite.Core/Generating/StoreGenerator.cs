using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsSite.Articles;
using NewsSite.Importing;
using NewsSite.Store;
using NewsSite.Tags;

namespace NewsSite.Generating;

/// <summary>
/// Fills the store with a plan's generated stories in one transaction. What earlier runs generated is replaced,
/// so a run gives the same store whatever ran before; real content (anything not generated, see
/// <see cref="GeneratedContent"/>) stops the run unless forced, and is never changed: forced stories go beside it.
/// </summary>
public sealed class StoreGenerator(IDbContextFactory<NewsSiteDb> dbFactory)
{
    /// <summary>Writes through EF even on SQLite, so tests can run the path SQL Server takes.</summary>
    internal bool UseEfWriter { get; init; }

    public async Task<GenerateReport> GenerateAsync(GenerationPlan plan, bool force, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var phases = new GeneratePhases();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.WorksOutRelatedItself = true;
        var realArticles = await db.Articles.Real().CountAsync(cancellationToken);
        if (realArticles > 0 && !force)
        {
            return GenerateReport.Refused(realArticles);
        }

        // Declared before the transaction, so the cache is restored once it has ended, committed or not.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var bulk = db.Database.IsSqlite() && !UseEfWriter;
        using var cache = bulk ? SqlitePageCache.Enlarge((SqliteConnection)db.Database.GetDbConnection()) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sqlite = bulk
            ? (Connection: (SqliteConnection)db.Database.GetDbConnection(), Transaction: (SqliteTransaction)transaction.GetDbTransaction())
            : default;
        var search = sqlite.Connection is null ? null : SqliteSearchPause.Begin(sqlite.Connection, sqlite.Transaction);

        await GeneratedContent.RemoveAsync(db, cancellationToken);
        search?.Clear();
        var target = await PrepareAsync(db, plan, realArticles > 0, cancellationToken);
        var creatives = GeneratedAds.For(plan, await db.AdSlots.ToDictionaryAsync(s => s.Name, s => s.Id, cancellationToken), target.SectionIds);
        db.AdCreatives.AddRange(creatives);
        await db.SaveChangesAsync(cancellationToken);
        phases.End("clearing");

        var batches = StoryBatches.ReadAsync(new StoryGenerator(plan), cancellationToken: cancellationToken);
        GenerateCounts counts;
        IReadOnlyList<RelatingStory> written = [];
        if (sqlite.Connection is null)
        {
            counts = await new EfStoryWriter(db, target).WriteAsync(batches, progress, cancellationToken);
        }
        else
        {
            var firstId = await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
            var writer = new SqliteStoryWriter(sqlite.Connection, sqlite.Transaction, target, firstId + 1, search);
            counts = await writer.WriteAsync(batches, progress, cancellationToken);
            written = writer.Written;
        }

        search?.End();
        phases.End("stories");
        var computed = await RelatedRebuild.RebuildAllAsync(db, written, phases.End, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        phases.End("commit");
        return new GenerateReport(counts, target.TagIds.Distinct().Count(), creatives.Count, computed, realArticles, phases.Elapsed)
        {
            Phases = phases.All,
            CpuTime = phases.CpuTime,
        };
    }

    private static async Task<GenerationTarget> PrepareAsync(NewsSiteDb db, GenerationPlan plan, bool hasRealContent, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.ToDictionaryAsync(s => s.Slug, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var tags = await db.Tags.ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var (tagName, slug) in GeneratedTags.All.Where(t => !tags.ContainsKey(t.Slug)))
        {
            tags[slug] = db.Tags.Add(new Tag { Name = tagName, Slug = slug }).Entity;
        }

        var name = GeneratedContent.RecordName(plan);
        var record = db.ImportRecords.Add(new ImportRecord
        {
            FileName = name,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))),
            ImportedAt = plan.End,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);

        var taken = hasRealContent
            ? (await db.Articles.Select(a => a.Slug).Concat(db.FormerSlugs.Select(f => f.Slug)).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : [];
        return new GenerationTarget(plan, sections, [.. GeneratedTags.All.Select(t => tags[t.Slug].Id)], record.Id, taken);
    }
}
