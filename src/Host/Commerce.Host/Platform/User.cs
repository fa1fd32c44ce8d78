using Commerce.Kernel.Auditing;

namespace Commerce.Host.Platform;

/// <summary>A person who signs in to Commerce (a manager, an agent, a warehouse lead) with an email and a password.</summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Email { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>ASP.NET Core Identity's PBKDF2 hash; never the password.</summary>
    [Sensitive]
    public required string PasswordHash { get; set; }
    /// <summary>Comma-separated roles.</summary>
    public required string Roles { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? DisabledAt { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Disable(DateTimeOffset at) => DisabledAt ??= at;
}
