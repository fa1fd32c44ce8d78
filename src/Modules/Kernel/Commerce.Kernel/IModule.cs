using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Kernel;

/// <summary>
/// An in-process module of Commerce. The host lists its modules, lets each register its services and map its endpoints,
/// includes its assembly in Wolverine's handler discovery and migrates its database tables at start-up.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case name: the database schema on PostgreSQL/SQL Server, the table prefix on SQLite, the URL segment.</summary>
    string Name { get; }

    /// <summary>The module's own DbContext types, migrated at start-up in this order.</summary>
    IReadOnlyList<Type> DbContextTypes { get; }

    Assembly HandlerAssembly => GetType().Assembly;

    void AddServices(IServiceCollection services, ModuleContext context);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Routes the module's messages to its own local queues, where order or parallelism matters.</summary>
    void ConfigureMessaging(Wolverine.WolverineOptions options)
    {
    }
}

/// <summary>What the host hands every module when it registers its services.</summary>
public sealed record ModuleContext(DatabaseSettings Database, Microsoft.Extensions.Configuration.IConfiguration Configuration);
