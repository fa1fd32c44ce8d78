using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// A module keeps one migration set per provider in <c>Data/Migrations/{Sqlite,Postgres,SqlServer}</c> of its own assembly.
/// EF Core would see all three sets (and three model snapshots) for the one DbContext; this shows it only the set of
/// the provider in use, chosen by namespace.
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is internal API; replacing it is the way to keep several sets in one assembly.
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly string _namespaceSuffix = $".Migrations.{DatabaseProviders.Of(options)}";
    private readonly Type _contextType = currentContext.Context.GetType();

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        base.Migrations
            .Where(m => IsForThisProvider(m.Value))
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot =>
        Assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
            .Where(t => t.IsSubclassOf(typeof(ModelSnapshot))
                        && IsForThisProvider(t)
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
            .FirstOrDefault();

    private bool IsForThisProvider(TypeInfo type) =>
        type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true;
}
#pragma warning restore EF1001
