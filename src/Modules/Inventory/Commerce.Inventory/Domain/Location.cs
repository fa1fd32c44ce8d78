namespace Commerce.Inventory.Domain;

/// <summary>A place that holds stock: a warehouse with its address.</summary>
public sealed class Location
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }
    public required string PostalCode { get; set; }
    public required string CountryCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
