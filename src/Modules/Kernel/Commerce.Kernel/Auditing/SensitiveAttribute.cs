namespace Commerce.Kernel.Auditing;

/// <summary>A property whose values never reach the audit log (a password hash, a key hash): the log says it changed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
