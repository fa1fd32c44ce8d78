using Commerce.Kernel.Auditing;

namespace Commerce.Host.Platform;

/// <summary>
/// A key that a program (a storefront, a handheld, a script) presents in the X-Api-Key header. Only the SHA-256 of the
/// key is stored: keys are 256-bit random values, so a fast hash is enough and a stolen table reveals no key.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; init; }
    /// <summary>The first characters of the key, shown so that people can tell keys apart.</summary>
    public required string Prefix { get; init; }
    [Sensitive]
    public required string Hash { get; init; }
    /// <summary>Comma-separated roles.</summary>
    public required string Roles { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
