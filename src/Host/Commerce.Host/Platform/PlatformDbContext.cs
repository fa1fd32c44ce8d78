using Commerce.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Host.Platform;

/// <summary>The host's own tables: API keys and users (and, through the base class, their audit trail).</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string Module = "platform";

    protected override string ModuleName => Module;

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<User> Users => Set<User>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Email).HasMaxLength(254);
            user.HasIndex(u => u.Email).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PasswordHash).HasMaxLength(200);
            user.Property(u => u.Roles).HasMaxLength(200);
            user.Property(u => u.CreatedBy).HasMaxLength(200);
            user.Ignore(u => u.RoleList);
        });
        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.HasIndex(k => k.Hash).IsUnique();
            key.Property(k => k.Roles).HasMaxLength(200);
            key.Property(k => k.CreatedBy).HasMaxLength(200);
            key.Ignore(k => k.RoleList);
        });
    }
}
