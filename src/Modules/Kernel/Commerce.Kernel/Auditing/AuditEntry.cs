namespace Commerce.Kernel.Auditing;

/// <summary>One state change of one entity: who, when, what, and the values that changed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Change { get; set; }
    /// <summary>JSON object of the changed properties: { "Status": ["Placed", "Allocated"] }.</summary>
    public required string Changes { get; set; }
}
