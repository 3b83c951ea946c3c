using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Importing;
using NewsSite.Store;

namespace NewsSite.Generating;

/// <summary>
/// How generated content is told apart from real content. Each run records itself as an <see cref="ImportRecord"/>
/// whose file name starts with <see cref="RecordPrefix"/> (no seed file can have that name: seeds are <c>*.txt</c>
/// and ':' is not allowed in Windows file names), linked to every article it wrote, like the seed importer's records.
/// Generated ad creatives carry <see cref="CreativePrefix"/> in their name. Everything else is real.
/// </summary>
public static class GeneratedContent
{
    public const string RecordPrefix = "generate:";
    public const string CreativePrefix = "Generated: ";

    public static string RecordName(GenerationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture, $"{RecordPrefix} {plan.Articles} articles, seed {plan.Seed}, as of {plan.AsOf:yyyy-MM-dd}");
    }

    public static IQueryable<Article> Generated(this IQueryable<Article> articles) =>
        articles.Where(a => a.ImportRecords.Any(r => EF.Functions.Like(r.FileName, RecordPrefix + "%")));

    public static IQueryable<Article> Real(this IQueryable<Article> articles) =>
        articles.Where(a => !a.ImportRecords.Any(r => EF.Functions.Like(r.FileName, RecordPrefix + "%")));

    /// <summary>Removes what earlier runs wrote (articles, their links, tags and records, creatives), in the caller's transaction.</summary>
    public static async Task RemoveAsync(NewsSiteDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.RelatedLinks.Where(l => db.Articles.Generated().Any(a => a.Id == l.ArticleId || a.Id == l.RelatedArticleId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Articles.Generated().ExecuteDeleteAsync(cancellationToken);
        await db.ImportRecords.Where(r => EF.Functions.Like(r.FileName, RecordPrefix + "%")).ExecuteDeleteAsync(cancellationToken);
        await db.AdCreatives.Where(c => EF.Functions.Like(c.Name, CreativePrefix + "%")).ExecuteDeleteAsync(cancellationToken);
    }
}
