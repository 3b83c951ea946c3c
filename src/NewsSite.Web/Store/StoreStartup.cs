using Microsoft.EntityFrameworkCore;

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
        await db.Database.MigrateAsync();
    }
}
