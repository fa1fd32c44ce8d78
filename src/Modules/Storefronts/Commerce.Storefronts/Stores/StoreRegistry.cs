using Commerce.Integrations.Abstractions;
using System.Text.RegularExpressions;
using Commerce.Integrations.Abstractions.Storefronts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Commerce.Storefronts.Stores;

/// <summary>A configured store together with the connector plugin that serves it.</summary>
public sealed record StoreConnection(StoreAccount Account, IStorefrontConnector Connector, int PullIntervalMinutes, bool PushStock)
{
    public string Id => Account.Id;

    public string Channel => Account.Channel;

    public bool Can(StorefrontCapabilities capability) => Connector.Capabilities.HasFlag(capability);
}

/// <summary>A store as configuration describes it, before its connector is looked up.</summary>
public sealed record StoreDefinition(
    string Id, string? Connector, string Channel, int PullIntervalMinutes, bool PushStock, IReadOnlyDictionary<string, string> Settings);

/// <summary>
/// The stores of <c>Commerce:Storefronts:Stores:{id}</c>: <c>Connector</c> (a plugin key), <c>Channel</c> (the sales
/// channel recorded on their orders; default the id), <c>Settings</c> (the connector's: base address, credentials,
/// webhook secrets; nested tables flatten to keys such as <c>Locations:0</c>), <c>PullIntervalMinutes</c> (15) and
/// <c>PushStock</c> (true). Anything wrong is in <see cref="Problems"/>, and the host refuses to start.
/// </summary>
public sealed partial class StoreRegistry
{
    public const string StoresSection = "Commerce:Storefronts:Stores";
    public const int MaxChannelLength = 50;

    private readonly Dictionary<string, StoreConnection> _stores = new(StringComparer.OrdinalIgnoreCase);

    public StoreRegistry(IConfiguration configuration, IEnumerable<IStorefrontConnector> connectors)
    {
        var byKey = new Dictionary<string, IStorefrontConnector>(StringComparer.OrdinalIgnoreCase);
        foreach (var connector in connectors) byKey.TryAdd(connector.Metadata.Key, connector);
        var installed = byKey.Count == 0 ? "none" : string.Join(", ", byKey.Keys.Order());

        foreach (var store in Read(configuration))
        {
            if (!IdPattern().IsMatch(store.Id))
                Problems.Add($"Store '{store.Id}': the id must be 1–64 letters, digits, '-' or '_' (it is part of the webhook address).");
            if (string.IsNullOrWhiteSpace(store.Connector))
            {
                Problems.Add($"Store '{store.Id}' names no Connector ({StoresSection}:{store.Id}:Connector); installed connectors: {installed}.");
                continue;
            }

            if (!byKey.TryGetValue(store.Connector, out var connector))
            {
                Problems.Add($"Store '{store.Id}' names connector '{store.Connector}', which no installed plugin serves; installed connectors: {installed}.");
                continue;
            }

            if (store.Channel.Length is 0 or > MaxChannelLength)
                Problems.Add($"Store '{store.Id}': Channel must be 1–{MaxChannelLength} characters.");
            if (store.PullIntervalMinutes < 1)
                Problems.Add($"Store '{store.Id}': PullIntervalMinutes must be 1 or more.");
            if (_stores.Values.FirstOrDefault(s => string.Equals(s.Channel, store.Channel, StringComparison.OrdinalIgnoreCase)) is { } other)
                Problems.Add($"Stores '{other.Id}' and '{store.Id}' both use channel '{store.Channel}': orders are unique per channel, so each store needs its own.");

            _stores[store.Id] = new StoreConnection(
                new StoreAccount(store.Id, connector.Metadata.Key, store.Channel, store.Settings), connector, store.PullIntervalMinutes,
                store.PushStock);
        }
    }

    public List<string> Problems { get; } = [];

    public IReadOnlyCollection<StoreConnection> All => _stores.Values;

    public StoreConnection? Find(string? id) => id is not null && _stores.TryGetValue(id, out var store) ? store : null;

    /// <summary>The store whose orders are recorded under <paramref name="channel"/>, if any.</summary>
    public StoreConnection? ForChannel(string channel) =>
        _stores.Values.FirstOrDefault(s => string.Equals(s.Channel, channel, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stores as configured (also read at registration, to schedule each store's reconciliation).</summary>
    public static IReadOnlyList<StoreDefinition> Read(IConfiguration configuration) =>
        configuration.GetSection(StoresSection).GetChildren().Select(section => new StoreDefinition(
                section.Key,
                section["Connector"]?.Trim(),
                string.IsNullOrWhiteSpace(section["Channel"]) ? section.Key : section["Channel"]!.Trim(),
                section.GetValue("PullIntervalMinutes", 15),
                section.GetValue("PushStock", true),
                IntegrationSettings.From(section)))
            .ToList();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}

/// <summary>Refuses to start the host when a store is misconfigured, naming the store and what is wrong.</summary>
internal sealed class StorefrontConfigurationCheck(StoreRegistry stores) : IValidateOptions<StorefrontOptions>
{
    public ValidateOptionsResult Validate(string? name, StorefrontOptions options)
    {
        var problems = new List<string>(stores.Problems);
        if (options.MaxWebhookBytes < 1024) problems.Add($"{StorefrontOptions.Section}:MaxWebhookBytes must be at least 1024.");
        if (options.MaxPagesPerRun < 1) problems.Add($"{StorefrontOptions.Section}:MaxPagesPerRun must be 1 or more.");
        if (options.RetryDelays.Any(d => d <= TimeSpan.Zero))
            problems.Add($"{StorefrontOptions.Section}:PushRetryDelays must all be longer than zero.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
