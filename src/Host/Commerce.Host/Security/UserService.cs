using Commerce.Host.Platform;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Host.Security;

public sealed record UserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);

/// <summary>Creates users, checks their passwords and disables them.</summary>
public sealed class UserService(PlatformDbContext db, TimeProvider clock, Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    public const int MinPasswordLength = 12;
    private static readonly PasswordHasher<User> Hasher = new();

    /// <summary>Null when a user with that email exists already.</summary>
    public async Task<UserView?> CreateAsync(string email, string displayName, string password, IReadOnlyList<string> roles,
        CancellationToken cancellationToken)
    {
        var user = new User
        {
            Email = Normalize(email),
            DisplayName = displayName,
            PasswordHash = "",
            Roles = string.Join(',', roles.Distinct()),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = Actor.Current,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        if (await db.Users.AnyAsync(u => u.Email == user.Email, cancellationToken)) return null;
        return await db.TryInsertAsync(user, cancellationToken) ? ToView(user) : null;
    }

    /// <summary>The user whose email and password match, unless disabled; rehashes a password stored with older settings.</summary>
    public async Task<User?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = Normalize(email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        if (user is null)
        {
            // Spend the same time as a real check, so response times do not reveal which emails exist.
            Hasher.VerifyHashedPassword(new User { Email = "", DisplayName = "", PasswordHash = "", Roles = "", CreatedBy = "" },
                DummyHash, password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || user.DisabledAt is not null) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return user;
    }

    public async Task<bool> IsActiveAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(u => u.Id == id && u.DisabledAt == null, cancellationToken);

    public async Task<List<UserView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken)).Select(ToView).ToList();

    public async Task<bool> DisableAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null) return false;
        user.Disable(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(ActiveCacheKey(id)); // this node ends the user's sessions at once, others within the cache period
        return true;
    }

    public static string ActiveCacheKey(Guid userId) => $"user-active:{userId}";

    public static UserView ToView(User u) => new(u.Id, u.Email, u.DisplayName, u.RoleList, u.CreatedAt, u.DisabledAt);

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private static readonly string DummyHash = Hasher.HashPassword(
        new User { Email = "", DisplayName = "", PasswordHash = "", Roles = "", CreatedBy = "" }, Guid.NewGuid().ToString());
}
