using Commerce.Integrations.Abstractions;
using System.Text.Json.Serialization;
using Commerce.Host.Platform;
using Commerce.Host.Plugins;
using Commerce.Host.Security;
using Commerce.Host.Startup;
using Commerce.Kernel;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.ErrorHandling;
using Wolverine.Persistence;
using Wolverine.Postgresql;
using Wolverine.Sqlite;

namespace Commerce.Host;

/// <summary>Everything the one deployable host configures around the modules.</summary>
public static class PlatformSetup
{
    /// <summary>Request bodies larger than this are refused with 413 before they are read.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static void AddCommercePlatform(
        this WebApplicationBuilder builder, IReadOnlyList<IModule> modules, IReadOnlyList<IIntegrationPlugin> integrations)
    {
        var database = DatabaseSettings.FromConfiguration(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        foreach (var module in modules) services.AddSingleton(module);
        // The built-in plugins, then the drop-in ones of the plugin folder (Commerce:Plugins:Folder), each in its own load context.
        var plugins = PluginCatalogue.Load(integrations, builder.Configuration, builder.Environment.ContentRootPath);
        plugins.AddServices(services, builder.Configuration);
        services.AddSingleton(plugins);

        // Hosted services start in registration order: the schema is migrated before messaging and jobs start.
        services.AddHostedService<DatabaseMigrator>();
        services.AddHostedService<FirstAdminKey>();
        services.AddHostedService<PluginStartupLog>();
        if (database is { Provider: DatabaseProvider.Sqlite, SqliteBackgroundCheckpoints: true }) services.AddHostedService<SqliteCheckpointer>();
        if (builder.Configuration.GetValue<bool>("Commerce:Demo")) services.AddHostedService<DemoData>();

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.MaxDepth = 16;
        });
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Commerce API";
            document.Info.Description =
                "Fulfillment and customer service for online retailers. Every /api call needs an API key in the X-Api-Key header.";
            return Task.CompletedTask;
        }));
        services.AddMemoryCache();

        services.AddDbContext<PlatformDbContext>(
            options => options.UseCommerceDatabase(database, PlatformDbContext.Module),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<ApiKeyService>();
        services.AddScoped<UserService>();
        services.AddCommerceAuthentication();
        services.AddAuthorization();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => new ValueTask(TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many attempts.", detail: "Wait a minute before trying to sign in again.").ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(UserEndpoints.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });

        var health = services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database");
        health.AddCheck<MessageStoreHealthCheck>("message-store");

        builder.Host.UseWolverine(options => ConfigureMessaging(options, database, modules, builder.Configuration));
        ConfigureJobs(services, database);
    }

    /// <summary>
    /// Wolverine's own connections, with Weasel's default pragmas but two.
    /// <list type="bullet">
    /// <item>No memory-mapped I/O: SQLite remaps the whole file on every connection each time it grows, which under a steady
    /// stream of writes cost the host about a tenth of its CPU time in unmapping and page faults.</item>
    /// <item>Commits as durable as on the host's other connections (<see cref="SqliteConnectionSettings"/>; by default
    /// flushed to disk, so a message accepted is never lost in a power cut). Weasel's default is NORMAL, and since the
    /// pool hands a connection from one user to the next with its settings, it had set most of EF Core's connections to
    /// NORMAL too.</item>
    /// </list>
    /// </summary>
    private static Weasel.Sqlite.SqliteDataSource WolverineSqliteConnections(DatabaseSettings database) =>
        new(database.ConnectionString, new Weasel.Sqlite.SqlitePragmaSettings
        {
            MmapSize = 0,
            // As EF Core's connections: they share one connection pool, where a connection keeps what its last user set.
            WalAutoCheckpoint = SqliteConnectionSettings.AutoCheckpointPagesFor(database),
            Synchronous = database.SqliteSynchronous == SqliteSynchronous.Normal
                ? Weasel.Sqlite.SynchronousMode.NORMAL
                : Weasel.Sqlite.SynchronousMode.FULL,
        });

    private static void ConfigureMessaging(
        WolverineOptions options, DatabaseSettings database, IReadOnlyList<IModule> modules, IConfiguration configuration)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var messageStore = WolverineSqliteConnections(database);
                options.Services.AddSingleton(_ => messageStore); // a factory registration: the container disposes it
                options.PersistMessagesWithSqlite(messageStore);
                options.Durability.Mode = DurabilityMode.Solo;
                break;
            case DatabaseProvider.Postgres:
                options.PersistMessagesWithPostgresql(database.ConnectionString, "wolverine");
                break;
            case DatabaseProvider.SqlServer:
                // No Wolverine message store for SQL Server is served here: local queues stay in memory (see README).
                break;
        }

        if (configuration["Commerce:Messaging:Solo"] is "true") options.Durability.Mode = DurabilityMode.Solo;

        // Handled envelopes are kept to drop a redelivered duplicate, which only a broker makes: every queue here is local
        // and our handlers are idempotent by design (a repeat changes nothing). A short window, swept often, keeps the inbox
        // table small. Swept once a minute (Wolverine's default), SQLite's sweep deleted a minute and a half of envelopes in
        // one statement, a scan of the whole table holding the only write lock, and throughput fell as the table grew.
        // The batch handlers on an order's path delete their messages' rows as they commit (InboxCompletion): none is swept.
        options.Durability.KeepAfterMessageHandling = TimeSpan.FromSeconds(5);
        options.Durability.HandledMessageCleanupPollingTime = TimeSpan.FromSeconds(5);

        var context = new ModuleContext(database, configuration);
        foreach (var module in modules)
        {
            options.Discovery.IncludeAssembly(module.HandlerAssembly);
            module.AddServices(options.Services, context);
            module.ConfigureMessaging(options);
        }

        // Handler code generated ahead of time (Internal/Generated, scripts/generate-handlers.sh) and compiled with the
        // host: no Roslyn compilation of handlers at run time, which cost seconds of CPU at start and whenever a message
        // type was first seen. A handler without pre-generated code is still generated at run time; a test fails when the
        // code is stale. SQL Server mode has no message store, so its handlers differ (no outbox): generated at run time.
        options.ApplicationAssembly = typeof(PlatformSetup).Assembly;
        options.CodeGeneration.TypeLoadMode = database.Provider == DatabaseProvider.SqlServer
            ? JasperFx.CodeGeneration.TypeLoadMode.Dynamic
            : JasperFx.CodeGeneration.TypeLoadMode.Auto;

        options.UseEntityFrameworkCoreTransactions(TransactionMiddlewareMode.Lightweight);
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();

        // A lost optimistic race or a busy SQLite file: run the handler again on fresh data.
        options.OnException(e => DbErrors.IsTransient(e) || e is DbUpdateException u && DbErrors.IsUniqueViolation(u))
            .RetryWithCooldown(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1))
            .Then.ScheduleRetry(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));
    }

    private static void ConfigureJobs(IServiceCollection services, DatabaseSettings database)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Sqlite: store.UseSqlite(database.ConnectionString); break;
                    case DatabaseProvider.Postgres: store.UsePostgres(database.ConnectionString); break;
                    case DatabaseProvider.SqlServer: store.UseSqlServer(database.ConnectionString); break;
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
    }

    public static void UseCommercePlatform(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseOversizedBodies);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            using var actor = Actor.Use(context.User.Identity?.Name ?? "anonymous");
            await next(context);
        });

        app.MapOpenApi();
        app.MapScalarApiReference(scalar => scalar.WithTitle("Commerce API"));
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapApiKeys();
        app.MapUsers();
        app.MapPlugins();
        app.MapModuleGroup("admin", "Administration").MapAuditLog<PlatformDbContext>();
        foreach (var module in modules) module.MapEndpoints(app);
    }

    // Kestrel enforces the limit while reading; this answers early, as problem details, and covers every server. An
    // endpoint may declare its own limit (IRequestSizeLimitMetadata: the storefront webhooks' is configurable).
    private static async Task RefuseOversizedBodies(HttpContext context, RequestDelegate next)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()
            ?.MaxRequestBodySize ?? MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
                detail: $"Bodies are limited to {limit:N0} bytes.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
