using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Store;

namespace NewsSite.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Reader search (<see cref="IArticleSearch"/>) on the engine that fits the store's provider, with its
    /// <see cref="SearchOptions"/> from the "Search" section of <paramref name="configuration"/>.
    /// </summary>
    public static IServiceCollection AddArticleSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        return services.AddScoped<IArticleSearch>(sp => sp.GetRequiredService<StoreSettings>().Provider == DatabaseProvider.SqlServer
            ? ActivatorUtilities.CreateInstance<SqlServerArticleSearch>(sp)
            : ActivatorUtilities.CreateInstance<SqliteArticleSearch>(sp));
    }
}
