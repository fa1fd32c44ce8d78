namespace Commerce.Shipping.Domain;

public enum ShipmentStatus
{
    /// <summary>Packed by the warehouse, waiting for labels.</summary>
    Packed,
    /// <summary>Every package has a label: handed to the carrier.</summary>
    Dispatched,
    InTransit,
    OutForDelivery,
    Delivered,
    /// <summary>At least one package hit an exception, was returned or failed.</summary>
    Exception,
    /// <summary>The order was cancelled before a label was bought: nothing ships.</summary>
    Cancelled,
}
