using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Where a module's tables live: in a schema named after the module on PostgreSQL and SQL Server; with the module's
/// name as a prefix on SQLite, which has no schemas. Tables and columns are snake_case everywhere.
/// </summary>
public static class ModuleNaming
{
    public static string? Schema(DatabaseProvider provider, string moduleName) =>
        provider == DatabaseProvider.Sqlite ? null : moduleName;

    public static string HistoryTable(DatabaseProvider provider, string moduleName) =>
        provider == DatabaseProvider.Sqlite ? $"{moduleName}_ef_migrations_history" : "ef_migrations_history";

    public static string Table(DatabaseProvider provider, string moduleName, string table) =>
        provider == DatabaseProvider.Sqlite ? $"{moduleName}_{table}" : table;

    /// <summary>Applies the module's schema or prefix and snake_case names to every entity of the model.</summary>
    public static void Apply(ModelBuilder modelBuilder, DatabaseProvider provider, string moduleName)
    {
        modelBuilder.HasDefaultSchema(Schema(provider, moduleName));
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            entity.SetTableName(Table(provider, moduleName, ToSnakeCase(table)));
            var storeObject = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(storeObject) is { } column)
                {
                    property.SetColumnName(ToSnakeCase(column));
                }
            }

            foreach (var key in entity.GetKeys()) key.SetName(ToSnakeCase(key.GetName()!));
            foreach (var index in entity.GetIndexes()) index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            foreach (var foreignKey in entity.GetForeignKeys()) foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
