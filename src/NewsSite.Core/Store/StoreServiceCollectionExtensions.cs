using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Articles;

namespace NewsSite.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>The article store on the configured provider, as a scoped <see cref="NewsSiteDb"/> and a factory.</summary>
    /// <param name="compiledModels">
    /// The provider's compiled model (generated into its migrations project), so that a start does not build the model
    /// from the entity configurations; null builds it. Design-time tools always build it.
    /// </param>
    public static IServiceCollection AddNewsSiteStore(this IServiceCollection services, Func<DatabaseProvider, IModel>? compiledModels = null)
    {
        services.AddSingleton(sp => StoreSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        // Options are read lazily so test hosts and command lines can change configuration after registration.
        // Interceptors registered by the host (cache eviction, test probes) join every context.
        // Pooled: a new context costs EF an internal service scope, loggers and an options lookup, which on a reader
        // page weighed more than its queries; a pooled one is reset and reused.
        services.AddPooledDbContextFactory<NewsSiteDb>((sp, options) =>
        {
            var settings = sp.GetRequiredService<StoreSettings>();
            settings.Configure(options);
            if (compiledModels is not null && !EF.IsDesignTime)
            {
                options.UseModel(compiledModels(settings.Provider));
            }

            if (sp.GetService<SqlitePreparedReads>() is { } preparedReads)
            {
                options.AddInterceptors(preparedReads);
            }

            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        // Null on SQL Server (which keeps its own plan cache) and on in-memory SQLite.
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<StoreSettings>();
            return settings.Provider == DatabaseProvider.Sqlite && SqlitePreparedReads.Suits(settings.ConnectionString)
                ? new SqlitePreparedReads(settings.ConnectionString, maxConnections: Math.Max(4, 2 * Environment.ProcessorCount))
                : null!;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<RelatedRefresh>();
        services.AddSingleton<IInterceptor, RelatedRefreshInterceptor>();
        return services;
    }
}
