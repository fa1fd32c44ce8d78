namespace Commerce.Kernel.Auditing;

/// <summary>An entity that is itself a record of changes (a ledger, a history) and is not copied into the audit log.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;
