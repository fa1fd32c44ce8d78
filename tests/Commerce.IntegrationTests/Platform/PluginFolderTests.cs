using System.Text.Json.Nodes;
using Commerce.Host.Plugins;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Shopify;
using Commerce.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Commerce.IntegrationTests.Platform;

/// <summary>How the host reads a plugin folder, refusal by refusal, without starting a host (the Acme sample build is the plugin).</summary>
public sealed class PluginFolderTests : IAsyncLifetime
{
    private string _acme = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _acme = Path.Combine(await SamplePlugins.FolderAsync(), SamplePlugins.AcmeKey);
        _folder = Directory.CreateTempSubdirectory("commerce-plugin-folder-").FullName;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.00", true)]
    [InlineData("0.9", false)]
    [InlineData("1.1", true)]
    [InlineData("1.2", false)]
    [InlineData("2.0", false)]
    [InlineData("1", false)]
    [InlineData("1.0.0", false)]
    [InlineData("one.zero", false)]
    [InlineData(null, false)]
    public void A_plugin_fits_the_contract_with_the_same_major_and_a_minor_no_newer(string? version, bool compatible) =>
        Assert.Equal(compatible, IntegrationContract.IsCompatible(version));

    [Fact]
    public void Every_unusable_plugin_is_refused_with_its_reason_and_the_usable_one_loads()
    {
        Plugin("a-ok", _ => { });
        Directory.CreateDirectory(Path.Combine(_folder, "b-no-manifest"));
        Plugin("c-not-json", _ => { }, manifestText: "{ \"key\": \"c-not-json\", ");
        Plugin("d-missing-fields", m => { m.Remove("entryType"); m["key"] = "Not A Key"; });
        Plugin("e-missing-assembly", m => { m["key"] = "e-missing-assembly"; m["assembly"] = "Missing.dll"; });
        Plugin("f-path-in-assembly", m => { m["key"] = "f-path"; m["assembly"] = "../acme/Acme.Commerce.Connector.dll"; });
        Plugin("g-not-a-plugin", m => { m["key"] = "g-not-a-plugin"; m["entryType"] = "Acme.Commerce.Connector.AcmeConnector"; });
        Plugin("h-other-key", m => m["key"] = "h-other-key");
        Plugin("i-same-key", _ => { });
        Plugin("j-future-minor", m => { m["key"] = "j-future-minor"; m["abstractions"] = "1.7"; });

        var catalogue = Load();

        var loaded = Assert.Single(catalogue.Loaded, p => p.Source == PluginSource.Folder);
        Assert.Equal(("acme-shop", "a-ok", "1.0"), (loaded.Key, loaded.Folder, loaded.Abstractions));
        Assert.Contains(catalogue.Loaded, p => p is { Key: "shopify", Source: PluginSource.BuiltIn });
        var reasons = catalogue.Refused.ToDictionary(r => r.Folder, r => r.Reason);
        Assert.Equal(
            ["b-no-manifest", "c-not-json", "d-missing-fields", "e-missing-assembly", "f-path-in-assembly", "g-not-a-plugin", "h-other-key", "i-same-key", "j-future-minor"],
            reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("it has no plugin.json.", reasons["b-no-manifest"]);
        Assert.StartsWith("its plugin.json is not valid JSON", reasons["c-not-json"]);
        Assert.Equal("its plugin.json is not valid: \"key\" must be lower-case letters, digits and hyphens (at most 64); \"entryType\" is required.",
            reasons["d-missing-fields"]);
        Assert.Equal("its assembly Missing.dll is not in the folder.", reasons["e-missing-assembly"]);
        Assert.Contains("\"assembly\" must be the file name of a .dll in the plugin's folder", reasons["f-path-in-assembly"]);
        Assert.Equal("its entry type Acme.Commerce.Connector.AcmeConnector does not implement IIntegrationPlugin.", reasons["g-not-a-plugin"]);
        Assert.Equal("its entry type says its key is 'acme-shop', and its plugin.json says 'h-other-key'.", reasons["h-other-key"]);
        Assert.Equal("its key 'acme-shop' is already taken by the plugin in folder 'a-ok'.", reasons["i-same-key"]);
        Assert.StartsWith($"it was built for plugin contract 1.7, and this host has {IntegrationContract.Version}", reasons["j-future-minor"]);
        Assert.Equal("acme-shop", catalogue.Refused.Single(r => r.Folder == "i-same-key").Key);
    }

    [Fact]
    public void A_missing_folder_loads_no_plugin_and_a_relative_one_is_taken_from_the_content_root()
    {
        var catalogue = PluginCatalogue.Load([new ShopifyPlugin()], Configuration("no-such-folder"), _folder);

        Assert.Equal(Path.Combine(_folder, "no-such-folder"), catalogue.Folder);
        Assert.True(catalogue.FolderConfigured);
        Assert.Equal(["shopify"], catalogue.Loaded.Select(p => p.Key));
        Assert.Empty(catalogue.Refused);
        Assert.Equal(Path.Combine(_folder, "plugins"), PluginCatalogue.Load([], Configuration(null), _folder).Folder);
    }

    private PluginCatalogue Load() => PluginCatalogue.Load([new ShopifyPlugin()], Configuration(_folder), "/");

    private static IConfiguration Configuration(string? folder) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PluginCatalogue.FolderSetting] = folder }).Build();

    /// <summary>A copy of the Acme build in a subfolder, its manifest changed (or replaced by <paramref name="manifestText"/>).</summary>
    private void Plugin(string name, Action<JsonObject> change, string? manifestText = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        foreach (var file in Directory.GetFiles(_acme)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "plugin.json")))!.AsObject();
        change(manifest);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifestText ?? manifest.ToJsonString());
    }
}
