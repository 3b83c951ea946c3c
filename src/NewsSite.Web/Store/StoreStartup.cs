using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;

namespace NewsSite.Store;

internal static class StoreStartup
{
    /// <summary>Applies pending migrations unless <c>Database:MigrateOnStart</c> is false (production may migrate by script).</summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services)
    {
        var settings = services.GetRequiredService<StoreSettings>();
        settings.EnsureSqliteFolder();
        if (!settings.MigrateOnStart)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
        // Migrate takes a lock (a write) and diffs the model against the last migration's snapshot on every start:
        // a third of the time to the first page. Asking what is pending reads the history table only.
        // (Migrations.Tests guard against a model change without a migration.)
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }

        await FillRelatedListsAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup)));
    }

    // A store from before related lists were stored has stories but no lists: work them all out once.
    private static async Task FillRelatedListsAsync(NewsSiteDb db, ILogger logger)
    {
        if (await db.ComputedRelated.AnyAsync() || await db.Articles.OrderBy(a => a.Id).Take(2).CountAsync() < 2)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var places = await RelatedRebuild.RebuildAllAsync(db);
        await transaction.CommitAsync();
        logger.LogInformation("Worked out the related lists of every story: {Places} places", places);
    }
}
