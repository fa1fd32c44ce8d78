using System.Reflection;
using Commerce.Kernel;
using NetArchTest.Rules;

namespace Commerce.ArchitectureTests;

/// <summary>
/// The module rules, enforced: a module depends only on the Kernel and on other modules' contracts; a contracts
/// assembly depends on nothing but the BCL and the Kernel.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Kernel = typeof(IModule).Assembly;

    /// <summary>Modules may use the plugin contract (Shipping drives carrier adapters), never a plugin itself.</summary>
    private const string PluginContract = "Commerce.Integrations.Abstractions";

    /// <summary>Every module the host loads, found from the host's references so a new module is covered unasked.</summary>
    private static readonly IReadOnlyList<Assembly> ModuleAssemblies = typeof(Program).Assembly.GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("Commerce.", StringComparison.Ordinal) && a.Name != Kernel.GetName().Name
                    && !a.Name.EndsWith(".Contracts", StringComparison.Ordinal))
        .Select(Assembly.Load)
        .Where(a => a.GetTypes().Any(t => typeof(IModule).IsAssignableFrom(t) && !t.IsInterface))
        .ToList();

    private static readonly IReadOnlyList<Assembly> ContractAssemblies = ModuleAssemblies
        .Select(m => Assembly.Load(m.GetName().Name + ".Contracts"))
        .ToList();

    public static TheoryData<string> Modules => new(ModuleAssemblies.Select(a => a.GetName().Name!));

    public static TheoryData<string> Contracts => new(ContractAssemblies.Select(a => a.GetName().Name!));

    [Fact]
    public void The_host_loads_the_inventory_and_orders_modules() =>
        Assert.Superset(new HashSet<string> { "Commerce.Inventory", "Commerce.Orders" },
            ModuleAssemblies.Select(a => a.GetName().Name!).ToHashSet());

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_no_other_module_but_its_contracts(string module)
    {
        var assembly = Assembly.Load(module);
        var forbidden = ModuleAssemblies.Where(m => m != assembly).Select(m => m.GetName().Name!).ToList();
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Empty(references.Intersect(forbidden));
        Assert.All(references.Where(r => r.StartsWith("Commerce.", StringComparison.Ordinal)), r =>
            Assert.True(r == Kernel.GetName().Name || r.EndsWith(".Contracts", StringComparison.Ordinal) || r == PluginContract,
                $"{module} references {r}"));

        // By full type name: a namespace prefix such as Commerce.Inventory would also match Commerce.Inventory.Contracts.
        var forbiddenTypes = ModuleAssemblies.Where(m => m != assembly)
            .SelectMany(m => m.GetTypes()).Select(t => t.FullName!).Where(n => !n.Contains('<')).ToArray();
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbiddenTypes).GetResult();
        Assert.True(result.IsSuccessful, $"{module} types depend on another module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contracts_assembly_references_only_the_bcl_and_the_kernel(string contracts)
    {
        var references = Assembly.Load(contracts).GetReferencedAssemblies().Select(a => a.Name!);
        Assert.All(references, r => Assert.True(
            r == Kernel.GetName().Name || r is "System.Runtime" or "netstandard" or "mscorlib" || r.StartsWith("System.", StringComparison.Ordinal),
            $"{contracts} references {r}"));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contracts_assembly_holds_only_immutable_records_and_enums(string contracts)
    {
        foreach (var type in Assembly.Load(contracts).GetExportedTypes())
        {
            if (type.IsEnum) continue;
            Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a record");
            Assert.All(type.GetProperties(), p => Assert.True(p.SetMethod is null || p.SetMethod.ReturnParameter
                .GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"), $"{type.Name}.{p.Name} is mutable"));
        }
    }

    [Fact]
    public void The_contracts_do_not_depend_on_each_other_or_on_modules()
    {
        var moduleTypes = ModuleAssemblies.SelectMany(m => m.GetTypes()).Select(t => t.FullName!).Where(n => !n.Contains('<')).ToArray();
        foreach (var contracts in ContractAssemblies)
        {
            var otherContracts = ContractAssemblies.Where(c => c != contracts)
                .SelectMany(c => c.GetTypes()).Select(t => t.FullName!).Where(n => !n.Contains('<'));
            var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny([.. moduleTypes, .. otherContracts]).GetResult();
            Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        }
    }
}
