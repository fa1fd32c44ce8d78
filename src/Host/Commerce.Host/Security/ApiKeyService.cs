using System.Security.Cryptography;
using System.Text;
using Commerce.Host.Platform;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Host.Security;

/// <summary>A key as its owner sees it once, at creation.</summary>
public sealed record IssuedApiKey(Guid Id, string Name, IReadOnlyList<string> Roles, string Key, DateTimeOffset CreatedAt);

/// <summary>The identity an API key stands for.</summary>
public sealed record ApiKeyIdentity(Guid Id, string Name, IReadOnlyList<string> Roles);

/// <summary>Issues, checks and revokes API keys.</summary>
public sealed class ApiKeyService(PlatformDbContext db, TimeProvider clock, IMemoryCache cache)
{
    private const string KeyPrefix = "cmk_";
    // Checking a key costs a query; a short cache keeps busy integrations fast while a revocation bites within seconds.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public async Task<IssuedApiKey> IssueAsync(string name, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var apiKey = new ApiKey
        {
            Name = name,
            Prefix = key[..12],
            Hash = Hash(key),
            Roles = string.Join(',', roles.Distinct()),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = Actor.Current,
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(apiKey.Id, apiKey.Name, apiKey.RoleList, key, apiKey.CreatedAt);
    }

    public async Task<ApiKeyIdentity?> FindActiveAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!presentedKey.StartsWith(KeyPrefix, StringComparison.Ordinal) || presentedKey.Length > 100) return null;
        var hash = Hash(presentedKey);
        if (cache.TryGetValue<ApiKeyIdentity?>(hash, out var cached)) return cached;

        var key = await db.ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
        var identity = key is null ? null : new ApiKeyIdentity(key.Id, key.Name, key.RoleList);
        cache.Set(hash, identity, CacheFor);
        return identity;
    }

    /// <summary>Revokes the key; this node forgets it at once, other nodes within the cache period.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return false;
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(key.Hash);
        return true;
    }

    /// <summary>Revokes every active key of this name that the host itself issued (not one a person created); answers how many.</summary>
    public async Task<int> RevokeIssuedByTheHostAsync(string name, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys
            .Where(k => k.Name == name && k.CreatedBy == Actor.System && k.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            key.Revoke(clock.GetUtcNow());
            cache.Remove(key.Hash);
        }

        await db.SaveChangesAsync(cancellationToken);
        return keys.Count;
    }

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.ApiKeys.AnyAsync(cancellationToken);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
