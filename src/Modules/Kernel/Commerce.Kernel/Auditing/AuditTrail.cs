using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Kernel.Auditing;

/// <summary>
/// Turns the changes of one <c>SaveChanges</c> into audit entries: one per aggregate, that is per entity together with
/// its parts. A part is an entity whose key is its owner's key plus something of its own (an order's line, keyed by the
/// order and a line number): its changes are recorded in its owner's entry, under <c>"OrderLine 2"</c>, so placing an
/// order of three lines is one entry, not four.
/// </summary>
public static class AuditTrail
{
    private static readonly ConcurrentDictionary<Type, bool> NotAudited = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> Sensitive = new();
    private static readonly ConcurrentDictionary<IEntityType, IForeignKey?> Owners = new();
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<AuditEntry> Of(ChangeTracker tracker, Assembly module, DateTimeOffset now, string actor)
    {
        var aggregates = new Dictionary<(string Entity, string Id), Aggregate>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!IsAudited(entry.Entity.GetType(), module)) continue;
            var changes = ChangesOf(entry);
            if (changes.Count == 0) continue;

            if (OwnerOf(entry.Metadata, module) is { } owner)
            {
                var ownerId = Join(owner.Properties.Select(p => entry.Property(p.Name).CurrentValue));
                var partId = Join(entry.Metadata.FindPrimaryKey()!.Properties.Except(owner.Properties)
                    .Select(p => entry.Property(p.Name).CurrentValue));
                AggregateOf(aggregates, owner.PrincipalEntityType.ClrType.Name, ownerId)
                    .Parts[$"{entry.Metadata.ClrType.Name} {partId}"] = changes;
            }
            else
            {
                var id = Join(entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue) ?? []);
                var aggregate = AggregateOf(aggregates, entry.Metadata.ClrType.Name, id);
                aggregate.State = entry.State;
                aggregate.Own = changes;
            }
        }

        return aggregates.Select(a => new AuditEntry
        {
            At = now,
            Actor = actor,
            Entity = a.Key.Entity,
            EntityId = a.Key.Id,
            // Changed only through its parts, the whole was modified.
            Change = (a.Value.State ?? EntityState.Modified).ToString(),
            Changes = JsonSerializer.Serialize(a.Value.ToJson(), Json),
        }).ToList();
    }

    private static Aggregate AggregateOf(Dictionary<(string, string), Aggregate> aggregates, string entity, string id)
    {
        if (!aggregates.TryGetValue((entity, id), out var aggregate)) aggregates[(entity, id)] = aggregate = new Aggregate();
        return aggregate;
    }

    private static bool IsAudited(Type type, Assembly module) =>
        type.Assembly == module && !NotAudited.GetOrAdd(type, t => t.GetCustomAttribute<NotAuditedAttribute>() is not null);

    /// <summary>The required foreign key that makes up part of this entity's key, to an audited entity of the module.</summary>
    private static IForeignKey? OwnerOf(IEntityType type, Assembly module) => Owners.GetOrAdd(type, t =>
    {
        var key = t.FindPrimaryKey();
        if (key is null) return null;
        return t.GetForeignKeys().FirstOrDefault(fk =>
            fk.IsRequired
            && fk.PrincipalEntityType != t
            && fk.Properties.Count < key.Properties.Count
            && fk.Properties.All(key.Properties.Contains)
            && IsAudited(fk.PrincipalEntityType.ClrType, module));
    });

    private static Dictionary<string, object?[]> ChangesOf(EntityEntry entry)
    {
        var changed = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified
                && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))) continue;
            if (property.Metadata.PropertyInfo is { } info
                && Sensitive.GetOrAdd(info, i => i.GetCustomAttribute<SensitiveAttribute>() is not null))
            {
                changed[property.Metadata.Name] = ["(redacted)", "(redacted)"];
                continue;
            }

            changed[property.Metadata.Name] = entry.State switch
            {
                EntityState.Added => [null, property.CurrentValue],
                EntityState.Deleted => [property.OriginalValue, null],
                _ => [property.OriginalValue, property.CurrentValue],
            };
        }

        return changed;
    }

    private static string Join(IEnumerable<object?> values) => string.Join("/", values.Select(v => v?.ToString()));

    private sealed class Aggregate
    {
        public EntityState? State { get; set; }
        public Dictionary<string, object?[]> Own { get; set; } = [];
        public Dictionary<string, Dictionary<string, object?[]>> Parts { get; } = [];

        public Dictionary<string, object> ToJson()
        {
            var json = new Dictionary<string, object>(Own.Count + Parts.Count);
            foreach (var (name, values) in Own) json[name] = values;
            foreach (var (name, changes) in Parts) json[name] = changes;
            return json;
        }
    }
}
