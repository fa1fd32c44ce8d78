using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Http;
using Commerce.Shipping.Carriers;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Shipping.Features.Shipments;

public sealed record CarrierAccountView(string Id, string Carrier, string DisplayName, IReadOnlyList<string> Capabilities, IReadOnlyList<string> Settings);

internal static class ShipmentEndpoints
{
    public static void Map(RouteGroupBuilder reads)
    {
        reads.MapGet("/carriers", Carriers)
            .WithSummary("The carrier accounts configured, with what each can do")
            .WithDescription("Setting names only: credentials never leave the server.");
        reads.MapGet("/shipments", List).WithSummary("Shipments, newest first, by order or status");
        reads.MapGet("/shipments/{id:guid}", Get).WithSummary("A shipment with its packages, labels and tracking events");
    }

    private static Ok<IReadOnlyList<CarrierAccountView>> Carriers(CarrierRegistry registry) =>
        TypedResults.Ok<IReadOnlyList<CarrierAccountView>>(registry.All.OrderBy(c => c.Account.Id).Select(c => new CarrierAccountView(
            c.Account.Id, c.Account.Carrier, c.Adapter.Metadata.DisplayName,
            Enum.GetValues<CarrierCapabilities>().Where(f => f != CarrierCapabilities.None && c.Can(f)).Select(f => f.ToString()).ToList(),
            c.Account.Settings.Keys.Select(k => k.Split(':')[0]).Distinct().Order().ToList())).ToList());

    private static async Task<Results<Ok<Page<ShipmentView>>, ValidationProblem>> List(
        ShippingDbContext db, CancellationToken cancellationToken, Guid? orderId = null, string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = new FieldErrors();
        ShipmentStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<ShipmentStatus>(status, true, out var parsed)) wanted = parsed;
            else errors.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<ShipmentStatus>())}.");
        }

        if (!Paging.Validate(page, pageSize, errors) || errors.Any) return errors.ToProblem();
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var query = db.Shipments.AsNoTracking().Where(s => (orderId == null || s.OrderId == orderId) && (wanted == null || s.Status == wanted));
        var total = await query.CountAsync(cancellationToken);
        var shipments = await query.Include(s => s.Packages).OrderByDescending(s => s.Id).Skip((number - 1) * size).Take(size)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ShipmentView>(shipments.Select(s => ShipmentViews.ToView(s)).ToList(), number, size, total));
    }

    private static async Task<Results<Ok<ShipmentView>, ProblemHttpResult>> Get(Guid id, ShippingDbContext db, CancellationToken cancellationToken)
    {
        var view = await LoadViewAsync(db, id, cancellationToken);
        return view is null ? Problems.NotFound("Shipment", id) : TypedResults.Ok(view);
    }

    public static async Task<ShipmentView?> LoadViewAsync(ShippingDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.AsNoTracking().Include(s => s.Packages).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shipment is null) return null;
        var packageIds = shipment.Packages.Select(p => p.Id).ToList();
        var events = await db.TrackingEvents.AsNoTracking().Where(e => packageIds.Contains(e.PackageId)).ToListAsync(cancellationToken);
        return ShipmentViews.ToView(shipment, events);
    }
}
