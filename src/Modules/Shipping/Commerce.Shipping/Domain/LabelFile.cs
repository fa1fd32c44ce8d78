using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Auditing;

namespace Commerce.Shipping.Domain;

/// <summary>A label kept as a file, in one format; a package may have its label in several.</summary>
[NotAudited]
public sealed class LabelFile
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    public LabelFormat Format { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
