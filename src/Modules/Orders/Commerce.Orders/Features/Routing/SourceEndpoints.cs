using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Inventory.Contracts;
using Commerce.Kernel.Http;
using Commerce.Orders.Data;
using Commerce.Orders.Domain.Routing;
using Commerce.Orders.Features.Fulfillment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Orders.Features.Routing;

public sealed record SourceRequest(
    string? Name, string? Kind, string? Location, string? Partner, decimal? ShipmentCost, IReadOnlyList<ZoneRequest?>? Zones);

public sealed record ZoneRequest(string? Destination, int? Zone);

public sealed record SourceView(
    string Code, string Name, string Kind, string? Location, string? Partner, decimal ShipmentCost, IReadOnlyList<ZoneRequest> Zones,
    int SupplierItems, DateTimeOffset UpdatedAt);

public sealed record SupplierItemRequest(string? SupplierSku, decimal? UnitCost, int? LeadTimeDays);

public sealed record SupplierItemView(string Source, string Sku, string? SupplierSku, decimal UnitCost, int LeadTimeDays);

internal static partial class SourceEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/fulfillment-sources", List).WithSummary("List fulfillment sources");
        reads.MapGet("/fulfillment-sources/{code}", Get).WithSummary("Get a fulfillment source");
        writes.MapPut("/fulfillment-sources/{code}", Put)
            .WithSummary("Create or change a fulfillment source")
            .WithDescription(
                "kind: warehouse or thirdParty (each a stock location in Inventory, one source per location) or dropship " +
                "(no stock; list its SKUs under /items). thirdParty and dropship name the partner account requests go to " +
                "(Commerce:Fulfillment:Partners). zones: destinations (\"US\", \"US-9\") with a zone number, nearest = 1.");
        reads.MapGet("/fulfillment-sources/{code}/items", Items).WithSummary("List the SKUs a dropship supplier ships");
        writes.MapPut("/fulfillment-sources/{code}/items/{sku}", PutItem)
            .WithSummary("Set a SKU a dropship supplier ships, its unit cost and lead time");
        writes.MapDelete("/fulfillment-sources/{code}/items/{sku}", DeleteItem).WithSummary("Stop dropshipping a SKU from a supplier");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex CodePattern();

    private static async Task<Ok<List<SourceView>>> List(OrdersDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.SupplierItems.GroupBy(i => i.Source).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sources = await db.Sources.AsNoTracking().Include(s => s.Zones).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(sources.Select(s => ToView(s, items.GetValueOrDefault(s.Code))).ToList());
    }

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> Get(string code, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().Include(s => s.Zones).SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        return source is null
            ? Problems.NotFound("Fulfillment source", code)
            : TypedResults.Ok(ToView(source, await db.SupplierItems.CountAsync(i => i.Source == code, cancellationToken)));
    }

    private static async Task<Results<Ok<SourceView>, ValidationProblem, ProblemHttpResult>> Put(
        string code, SourceRequest request, OrdersDbContext db, IMessageBus bus, FulfillmentPartners partners, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Check(CodePattern().IsMatch(code), "code", "must be 1-64 letters, digits, '.', '_' or '-'.");
        errors.Check(!string.Equals(code, OrderRouter.DefaultSource, StringComparison.OrdinalIgnoreCase), "code",
            $"'{OrderRouter.DefaultSource}' is reserved: it names the routing of lines no rule takes.");
        errors.Required(request.Name, "name");
        SourceKind kind = default;
        errors.Check(request.Kind is not null && Enum.TryParse(request.Kind, true, out kind) && Enum.IsDefined(kind) && !int.TryParse(request.Kind, out _), "kind",
            "must be warehouse, thirdParty or dropship.");
        errors.Check(request.ShipmentCost is null or (>= 0 and < 1_000_000), "shipmentCost", "must be between 0 and 1,000,000.");
        var zones = request.Zones ?? [];
        for (var i = 0; i < zones.Count; i++)
        {
            errors.Check(zones[i]?.Destination is { } d && RoutingRuleEndpoints.DestinationPattern().IsMatch(d), $"zones[{i}].destination",
                "must be a country code (US) or a country and postal prefix (US-9).");
            errors.Check(zones[i]?.Zone is >= 1 and <= 99, $"zones[{i}].zone", "must be between 1 and 99.");
        }

        errors.Check(zones.Where(z => z?.Destination is not null).Select(z => z!.Destination!.ToUpperInvariant()).Distinct().Count()
                     == zones.Count(z => z?.Destination is not null), "zones", "must not name a destination twice.");
        if (errors.Any) return errors.ToProblem();

        if (kind == SourceKind.Dropship)
            errors.Check(request.Location is null, "location", "must be empty: a dropship supplier holds no stock of ours.");
        else if (errors.Required(request.Location, "location", 64))
        {
            var unknown = await bus.InvokeAsync<UnknownLocations>(new FindUnknownLocations([request.Location!.Trim()]), cancellationToken);
            errors.Check(unknown.Locations.Count == 0, "location", $"There is no location '{request.Location}'.");
            errors.Check(!await db.Sources.AnyAsync(s => s.Location == request.Location!.Trim() && s.Code != code, cancellationToken),
                "location", "is another source's location already.");
        }

        if (kind == SourceKind.Warehouse)
            errors.Check(request.Partner is null, "partner", "must be empty: our own warehouse needs no partner.");
        else if (errors.Required(request.Partner, "partner", 64))
            errors.Check(partners.Find(request.Partner!.Trim()) is not null, "partner",
                $"There is no partner '{request.Partner}' under Commerce:Fulfillment:Partners with an installed adapter.");
        if (errors.Any) return errors.ToProblem();

        var now = clock.GetUtcNow();
        var source = await db.Sources.Include(s => s.Zones).SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (source is null)
        {
            source = new FulfillmentSource { Code = code, Name = "", CreatedAt = now };
            db.Sources.Add(source);
        }
        else if (source.Kind != kind && await db.SupplierItems.AnyAsync(i => i.Source == code, cancellationToken))
        {
            return Problems.Conflict("The supplier has items.", "Remove the SKUs this supplier ships before making it another kind of source.");
        }

        source.Name = request.Name!.Trim();
        source.Kind = kind;
        source.Location = request.Location?.Trim();
        source.Partner = request.Partner?.Trim();
        source.ShipmentCost = request.ShipmentCost ?? 0;
        source.Zones = zones.Select(z => new SourceZone { Destination = z!.Destination!.ToUpperInvariant(), Zone = z.Zone!.Value }).ToList();
        source.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(source, await db.SupplierItems.CountAsync(i => i.Source == code, cancellationToken)));
    }

    private static async Task<Results<Ok<List<SupplierItemView>>, ProblemHttpResult>> Items(
        string code, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Sources.AnyAsync(s => s.Code == code, cancellationToken)) return Problems.NotFound("Fulfillment source", code);
        return TypedResults.Ok(await db.SupplierItems.AsNoTracking().Where(i => i.Source == code).OrderBy(i => i.Sku)
            .Select(i => new SupplierItemView(i.Source, i.Sku, i.SupplierSku, i.UnitCost, i.LeadTimeDays)).ToListAsync(cancellationToken));
    }

    private static async Task<Results<Ok<SupplierItemView>, ValidationProblem, ProblemHttpResult>> PutItem(
        string code, string sku, SupplierItemRequest request, OrdersDbContext db, IMessageBus bus, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (source is null) return Problems.NotFound("Fulfillment source", code);
        var errors = new FieldErrors();
        errors.Check(source.Kind == SourceKind.Dropship, "code", "is not a dropship supplier: only suppliers list SKUs.");
        errors.Optional(request.SupplierSku, "supplierSku", 64);
        errors.Check(request.UnitCost is >= 0 and < 10_000_000, "unitCost", "is required, 0 or more.");
        errors.Check(request.LeadTimeDays is null or (>= 0 and <= 365), "leadTimeDays", "must be between 0 and 365 days.");
        if (errors.Any) return errors.ToProblem();
        var unknown = await bus.InvokeAsync<UnknownSkus>(new FindUnknownSkus([sku]), cancellationToken);
        if (unknown.Skus.Count > 0) return new FieldErrors().Add("sku", $"There is no SKU '{sku}'.").ToProblem();

        var item = await db.SupplierItems.SingleOrDefaultAsync(i => i.Source == code && i.Sku == sku, cancellationToken);
        if (item is null) db.SupplierItems.Add(item = new SupplierItem { Source = code, Sku = sku });
        item.SupplierSku = request.SupplierSku?.Trim();
        item.UnitCost = request.UnitCost!.Value;
        item.LeadTimeDays = request.LeadTimeDays ?? 0;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SupplierItemView(item.Source, item.Sku, item.SupplierSku, item.UnitCost, item.LeadTimeDays));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteItem(
        string code, string sku, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var item = await db.SupplierItems.SingleOrDefaultAsync(i => i.Source == code && i.Sku == sku, cancellationToken);
        if (item is null) return Problems.NotFound("Supplier item", $"{code}/{sku}");
        db.SupplierItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static SourceView ToView(FulfillmentSource s, int items) =>
        new(s.Code, s.Name, JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()), s.Location, s.Partner, s.ShipmentCost,
            s.Zones.OrderBy(z => z.Zone).ThenBy(z => z.Destination).Select(z => new ZoneRequest(z.Destination, z.Zone)).ToList(), items, s.UpdatedAt);
}
