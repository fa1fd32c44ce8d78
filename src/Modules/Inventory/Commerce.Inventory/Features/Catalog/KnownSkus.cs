using System.Collections.Concurrent;

namespace Commerce.Inventory.Features.Catalog;

/// <summary>
/// SKU codes known to exist. SKUs are never deleted, so a code once found stays valid and every order after the first
/// is checked without a query; codes not (yet) known are always looked up.
/// </summary>
public sealed class KnownSkus
{
    private readonly ConcurrentDictionary<string, byte> _codes = new(StringComparer.Ordinal);

    public bool Contains(string code) => _codes.ContainsKey(code);

    public void Add(IEnumerable<string> codes)
    {
        foreach (var code in codes) _codes.TryAdd(code, 0);
    }
}
