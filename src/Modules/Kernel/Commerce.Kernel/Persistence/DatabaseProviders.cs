using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.SqlServer.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;

namespace Commerce.Kernel.Persistence;

/// <summary>Configures a module's DbContext for the provider in use: its schema, its migration set, its history table.</summary>
public static class DatabaseProviders
{
    public static DbContextOptionsBuilder UseCommerceDatabase(
        this DbContextOptionsBuilder builder, DatabaseSettings settings, string moduleName)
    {
        var historyTable = ModuleNaming.HistoryTable(settings.Provider, moduleName);
        var historySchema = ModuleNaming.Schema(settings.Provider, moduleName);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(settings.ConnectionString, o => o.MigrationsHistoryTable(historyTable));
                // Wolverine maps its envelope tables to the schema "main", which SQLite resolves to the file itself.
                builder.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                builder.AddInterceptors(SqliteConnectionSettings.For(settings), SqliteWriteGate.Instance);
#pragma warning disable EF1001 // Replaced as a service, as EF Core's documentation allows; see PreparedAheadBatchExecutor.
                builder.ReplaceService<IBatchExecutor, PreparedAheadBatchExecutor>();
#pragma warning restore EF1001
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(PostgresAutoPrepare.Apply(settings.ConnectionString), o => o.MigrationsHistoryTable(historyTable, historySchema));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(settings.ConnectionString, o => o.MigrationsHistoryTable(historyTable, historySchema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        // A failed save is the caller's to report: an expected one (a repeat losing on a unique key) is answered, not
        // an error, and an unexpected one reaches the host's exception handling, which logs it. EF Core's own error log
        // of every failure, with its stack trace, only cost time under load.
        builder.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        builder.AddInterceptors(InboxCompletionInterceptor.Instance);
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        return builder;
    }

#pragma warning disable EF1001 // The provider option extensions are the reliable way to tell which provider configured a context.
    public static DatabaseProvider Of(IDbContextOptions options)
    {
        if (options.FindExtension<SqliteOptionsExtension>() is not null) return DatabaseProvider.Sqlite;
        if (options.FindExtension<NpgsqlOptionsExtension>() is not null) return DatabaseProvider.Postgres;
        if (options.FindExtension<SqlServerOptionsExtension>() is not null) return DatabaseProvider.SqlServer;
        throw new InvalidOperationException("The DbContext is configured for a provider Commerce does not support.");
    }
#pragma warning restore EF1001

    public static DatabaseProvider Of(DbContext context) => Of(context.GetService<IDbContextOptions>());
}
