using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Stories;

/// <summary>
/// Deletes a story for good with everything that hangs on it (revisions, curated links both ways, former slugs, tag
/// and import joins) in one transaction, then records it in the audit log. Its reader URL then answers 404; the
/// save evicts every cached page that showed it (see CacheEvictingInterceptor).
/// </summary>
public sealed class StoryDeletion(NewsSiteDb db, AuditLog audit)
{
    /// <summary>Counts for the confirmation page, so the editor sees what goes.</summary>
    public async Task<StoryDeletionScope> ScopeAsync(int articleId, CancellationToken cancellationToken) => new(
        await db.Revisions.CountAsync(r => r.ArticleId == articleId, cancellationToken),
        await db.RelatedLinks.CountAsync(l => l.RelatedArticleId == articleId, cancellationToken));

    /// <param name="article">Loaded by StoryDesk.FindAsync (tags, former slugs and curated links tracked).</param>
    /// <param name="seenStamp">The stamp the confirmation page showed: false, and nothing deleted, when someone saved since.</param>
    public async Task<bool> DeleteAsync(Article article, Guid seenStamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.ConcurrencyStamp != seenStamp)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Other stories' links to this one: the store does not cascade them (SQL Server allows one cascade path).
        db.RelatedLinks.RemoveRange(await db.RelatedLinks.Where(l => l.RelatedArticleId == article.Id).ToListAsync(cancellationToken));
        await db.Revisions.Where(r => r.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Entry(article).Collection(a => a.ImportRecords).LoadAsync(cancellationToken);
        article.ImportRecords.Clear();
        article.Tags.Clear();
        db.Articles.Remove(article);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.StoryDeleted, article.Slug, $"“{article.Headline}” ({article.Status}, #{article.Id})", cancellationToken);
        return true;
    }
}

public sealed record StoryDeletionScope(int Revisions, int LinkedFrom);
