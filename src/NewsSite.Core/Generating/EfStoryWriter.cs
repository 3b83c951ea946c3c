using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Importing;
using NewsSite.Store;
using NewsSite.Tags;

namespace NewsSite.Generating;

/// <summary>
/// Writes generated stories through EF Core in batches, for providers without a bulk path here (SQL Server).
/// Slower than <see cref="SqliteStoryWriter"/>: SaveChanges derives each article's text again, and ids come back
/// from the database. Not run on these machines (no SQL Server); it uses nothing provider-specific.
/// </summary>
internal sealed class EfStoryWriter(NewsSiteDb db, GenerationTarget target)
{
    public async Task<GenerateCounts> WriteAsync(IAsyncEnumerable<GeneratedStory[]> batches, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var ids = new List<int>(target.Plan.Articles);
        var counts = new GenerateCounts();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            db.ChangeTracker.Clear();
            var record = new ImportRecord { Id = target.RecordId, FileName = "", ContentHash = "" };
            db.ImportRecords.Attach(record);
            var tags = target.TagIds.Distinct().Select(id => new Tag { Id = id, Name = "", Slug = "" }).ToDictionary(t => t.Id);
            db.Tags.AttachRange(tags.Values);
            foreach (var story in batch)
            {
                var article = story.Article;
                article.Slug = target.SlugFor(story);
                article.SectionId = target.SectionIds[story.Section];
                article.Tags.AddRange(story.Tags.Select(number => tags[target.TagIds[number]]));
                article.RelatedLinks.AddRange(story.Related.Select((number, position) => number < ids.Count
                    ? new RelatedLink { RelatedArticleId = ids[number], Position = position }
                    : new RelatedLink { RelatedArticle = batch[number - ids.Count].Article, Position = position }));
                article.ImportRecords.Add(record);
                db.Articles.Add(article);
                counts = counts.Add(story);
            }

            await db.SaveChangesAsync(cancellationToken);
            ids.AddRange(batch.Select(s => s.Article.Id));
            progress?.Report(counts.Articles);
        }

        return counts;
    }
}
