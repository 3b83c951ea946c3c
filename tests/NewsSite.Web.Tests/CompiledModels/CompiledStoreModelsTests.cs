using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsSite.Store;

namespace NewsSite.Web.Tests.CompiledModels;

/// <summary>The compiled models the site starts with describe the same store as the entity configurations.</summary>
public sealed class CompiledStoreModelsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=no-such-server;Database=NewsSite;TrustServerCertificate=True")]
    public void Each_provider_s_compiled_model_is_up_to_date(DatabaseProvider provider, string connectionString)
    {
        using var built = Context(provider, connectionString, compiled: false);
        using var compiled = Context(provider, connectionString, compiled: true);

        Assert.True(
            Describe(built.Model) == Describe(compiled.Model),
            $"The {provider} compiled model is out of date: regenerate it (see src/NewsSite.Migrations.{provider}/README.md).");
    }

    private static NewsSiteDb Context(DatabaseProvider provider, string connectionString, bool compiled)
    {
        var builder = new DbContextOptionsBuilder<NewsSiteDb>();
        new StoreSettings(provider, connectionString, ".", true).Configure(builder);
        if (compiled)
        {
            builder.UseModel(CompiledStoreModels.For(provider));
        }

        return new NewsSiteDb(builder.Options);
    }

    // Tables, columns with their types and nullability, keys, indexes and foreign keys, as the database sees them;
    // then what EF alone knows: each entity's properties (concurrency, generated values, converters) and navigations.
    private static string Describe(IModel model) => string.Join('\n', model.GetRelationalModel().Tables.OrderBy(t => t.Name).SelectMany(table =>
        new[] { $"table {table.Name}" }
            .Concat(table.Columns.OrderBy(c => c.Name).Select(c => $"  column {c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")} {c.DefaultValueSql}{c.DefaultValue}"))
            .Concat(table.PrimaryKey is { } key ? [$"  key {string.Join(',', key.Columns.Select(c => c.Name))}"] : [])
            .Concat(table.Indexes.OrderBy(i => i.Name).Select(i => $"  index {i.Name} {(i.IsUnique ? "unique " : "")}{string.Join(',', i.Columns.Select(c => c.Name))} {i.Filter}"))
            .Concat(table.ForeignKeyConstraints.OrderBy(f => f.Name).Select(f => $"  foreign key {f.Name} {f.PrincipalTable.Name} {f.OnDeleteAction}")))
        .Concat(model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(entity =>
            new[] { $"entity {entity.Name}" }
                .Concat(entity.GetProperties().OrderBy(p => p.Name).Select(p =>
                    $"  property {p.Name} {p.ClrType.Name} {(p.IsConcurrencyToken ? "concurrency " : "")}{p.ValueGenerated} {p.GetMaxLength()} {p.GetValueConverter()?.GetType().Name}"))
                .Concat(entity.GetNavigations().Concat<INavigationBase>(entity.GetSkipNavigations()).OrderBy(n => n.Name).Select(n => $"  navigation {n.Name} {n.TargetEntityType.Name}")))));
}
