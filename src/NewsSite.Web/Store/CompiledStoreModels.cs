using Microsoft.EntityFrameworkCore.Metadata;

namespace NewsSite.Store;

/// <summary>
/// The store's model compiled ahead of time for each provider: building it from the entity configurations took a
/// third of the time to the first page. Regenerated after every model change, with its migration (see the migrations
/// projects' READMEs); <c>CompiledStoreModelsTests</c> fails while one is out of date.
/// </summary>
public static class CompiledStoreModels
{
    public static IModel For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => NewsSite.Migrations.SqlServer.CompiledModel.NewsSiteDbModel.Instance,
        _ => NewsSite.Migrations.Sqlite.CompiledModel.NewsSiteDbModel.Instance,
    };
}
