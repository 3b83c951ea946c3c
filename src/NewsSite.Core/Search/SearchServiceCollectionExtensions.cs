using Microsoft.Extensions.DependencyInjection;
using NewsSite.Store;

namespace NewsSite.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Reader search (<see cref="IArticleSearch"/>) on the engine that fits the store's provider.</summary>
    public static IServiceCollection AddArticleSearch(this IServiceCollection services) =>
        services.AddScoped<IArticleSearch>(sp => sp.GetRequiredService<StoreSettings>().Provider == DatabaseProvider.SqlServer
            ? ActivatorUtilities.CreateInstance<SqlServerArticleSearch>(sp)
            : ActivatorUtilities.CreateInstance<SqliteArticleSearch>(sp));
}
