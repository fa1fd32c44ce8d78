using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Packages;
using Commerce.Warehouse.Domain.Packing;
using Commerce.Warehouse.Features.Picking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Warehouse.Features.Packing;

public sealed record OpenPackageRequest(string? Box);

public sealed record PackScanRequest(string? Item, int? Quantity);

internal static class PackingEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        const string order = "/locations/{location:maxlength(64)}/orders/{orderId:guid}/packing";
        reads.MapGet(order, Get)
            .WithSummary("An order at the pack station: picked units, the suggested boxes, and the packages so far")
            .WithDescription(
                "The suggestion packs the units in 3D (with rotations) into the location's boxes, choosing the fewest " +
                "packages, then the lowest billable weight (actual or dimensional, whichever is more), then the cheapest boxes.");
        writes.MapPost(order + "/packages", Open).WithSummary("Open a box for the order");
        writes.MapPost(order + "/packages/{packageId:guid}/scans", Scan)
            .WithSummary("Scan an item into a box")
            .WithDescription("Refused (422) when the item is not in the order, all its units are packed already, or it does not fit in the box.");
        writes.MapPost(order + "/complete", Complete)
            .WithSummary("Finish packing: every picked unit is in a box")
            .WithDescription("Seals the packages and tells Shipping the order is packed, with each package's size and weight.");
        reads.MapGet("/packages/{packageId:guid}/slip", Slip)
            .WithSummary("The packing slip of a package, as printable HTML")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
    }

    private static async Task<Results<Ok<PackingView>, ProblemHttpResult>> Get(
        string location, Guid orderId, WarehouseDbContext db, IOptions<WarehouseOptions> options, CancellationToken cancellationToken)
    {
        var (state, refusal) = await PackingState.LoadAsync(db, location, orderId, cancellationToken);
        if (refusal is not null) return refusal.ToProblem();
        var boxes = await db.Boxes.AsNoTracking().Where(b => b.Location == location && b.Active).ToListAsync(cancellationToken);
        return TypedResults.Ok(ToView(state!, boxes.Select(b => b.ToBoxType()).ToList(), options.Value.DimDivisor));
    }

    private static async Task<Results<Created<PackageView>, ValidationProblem, ProblemHttpResult>> Open(
        string location, Guid orderId, OpenPackageRequest request, WarehouseDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Box, "box", 32);
        if (errors.Any) return errors.ToProblem();
        var (state, refusal) = await PackingState.LoadAsync(db, location, orderId, cancellationToken);
        if (refusal is not null) return refusal.ToProblem();
        if (state!.WhyNotReady() is { } why) return Problems.Conflict("Not ready to pack.", why);
        var code = request.Box!.Trim();
        var box = await db.Boxes.AsNoTracking().SingleOrDefaultAsync(b => b.Location == location && b.Code == code && b.Active, cancellationToken);
        if (box is null) return new FieldErrors().Add("box", $"There is no box '{code}' in the catalog of {location}.").ToProblem();

        var package = new Package
        {
            OrderId = orderId, Location = location, BoxCode = box.Code, LengthIn = box.LengthIn, WidthIn = box.WidthIn,
            HeightIn = box.HeightIn, TareWeightLb = box.TareWeightLb, MaxWeightLb = box.MaxWeightLb, BoxCost = box.Cost,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Packages.Add(package);
        state.Order.Touch();
        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Changed meanwhile.", "The order changed at the same moment; try again.");
        return TypedResults.Created($"/api/warehouse/packages/{package.Id}/slip", PackingViews.ToView(package));
    }

    private static async Task<Results<Ok<PackageView>, ValidationProblem, ProblemHttpResult>> Scan(
        string location, Guid orderId, Guid packageId, PackScanRequest request, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Item, "item", 64);
        errors.Check(request.Quantity is null or (>= 1 and <= 10_000), "quantity", "must be between 1 and 10,000.");
        if (errors.Any) return errors.ToProblem();
        var (state, refusal) = await PackingState.LoadAsync(db, location, orderId, cancellationToken);
        if (refusal is not null) return refusal.ToProblem();
        var package = state!.Packages.FirstOrDefault(p => p.Id == packageId);
        if (package is null) return Problems.NotFound("Package", packageId);
        if (package.Sealed) return Problems.Conflict("The package is sealed.", "The order is packed; open packages are closed.");

        var line = state.LineScannedAs(request.Item!);
        if (line is null)
            return Problems.Unprocessable("Not in this order.", $"The scan '{request.Item}' is no item of this order's units here.");
        var units = request.Quantity ?? 1;
        var left = state.PickedOf(line.LineNumber) - state.PackedOf(line.LineNumber);
        if (units > left)
            return Problems.Unprocessable("Already packed.", $"{left} unit(s) of {line.Sku} are left to pack; {units} scanned.");

        var item = state.FactsOf(line.LineNumber);
        if (item.LengthIn > 0 && item.WidthIn > 0 && item.HeightIn > 0)
        {
            var contents = package.Items.SelectMany(i => Enumerable.Repeat(ToPackItem(i.Sku, i.LengthIn, i.WidthIn, i.HeightIn, i.WeightLb), i.Quantity))
                .Concat(Enumerable.Repeat(ToPackItem(line.Sku, item.LengthIn, item.WidthIn, item.HeightIn, item.WeightLb), units))
                .Where(i => i.Size.Length > 0 && i.Size.Width > 0 && i.Size.Height > 0)
                .ToList();
            var box = new BoxType(package.BoxCode, new Dimensions(package.LengthIn, package.WidthIn, package.HeightIn),
                package.MaxWeightLb, package.BoxCost, package.TareWeightLb);
            if (!BoxPacker.Fits(contents, box))
            {
                return Problems.Unprocessable("Does not fit.",
                    $"{units} × {line.Sku} ({item.LengthIn}×{item.WidthIn}×{item.HeightIn} in, {item.WeightLb} lb) do not fit in box " +
                    $"{package.BoxCode} with what it holds, by size or by its {package.MaxWeightLb} lb limit. Open another box.");
            }
        }

        package.Add(line.LineNumber, line.Sku, units, item);
        // The order's revision: two packers scanning the last unit into two boxes cannot both succeed.
        state.Order.Touch();
        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Changed meanwhile.", "Another scan for this order was recorded at the same moment; scan again.");
        return TypedResults.Ok(PackingViews.ToView(package));
    }

    private static async Task<Results<Ok<PackingView>, ProblemHttpResult>> Complete(
        string location, Guid orderId, IMessageBus bus, WarehouseDbContext db, IOptions<WarehouseOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await bus.InvokeAsync<PackingOutcome>(new CompletePacking(orderId, location), cancellationToken);
            if (outcome.Refusal is not null) return outcome.Refusal.ToProblem();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Changed meanwhile.", "The order's packages changed at the same moment; try again.");
        }

        return await Get(location, orderId, db, options, cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Slip(
        Guid packageId, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var package = await db.Packages.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == packageId, cancellationToken);
        if (package is null) return Problems.NotFound("Package", packageId);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.OrderId == package.OrderId, cancellationToken);
        var siblings = await db.Packages.AsNoTracking().Where(p => p.OrderId == package.OrderId && p.Location == package.Location)
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Content(PackingSlip.Html(order, package, siblings.IndexOf(package.Id) + 1, siblings.Count), "text/html; charset=utf-8");
    }

    internal static PackItem ToPackItem(string sku, decimal length, decimal width, decimal height, decimal weight) =>
        new(sku, sku, new Dimensions(length, width, height), weight);

    private static PackingView ToView(PackingState state, IReadOnlyList<BoxType> boxes, decimal divisor)
    {
        var lines = state.LinesHere.OrderBy(l => l.LineNumber).ToList();
        var why = state.WhyNotReady();
        var suggestion = new List<SuggestedPackage>();
        var unpackable = new List<string>();
        if (why is null && boxes.Count > 0)
        {
            var units = lines.SelectMany(l =>
            {
                var f = state.FactsOf(l.LineNumber);
                return Enumerable.Range(1, state.PickedOf(l.LineNumber)).Select(u => new PackItem(
                    $"{l.LineNumber}", l.Sku, new Dimensions(Positive(f.LengthIn), Positive(f.WidthIn), Positive(f.HeightIn)), f.WeightLb));
            }).ToList();
            var plan = BoxPacker.Plan(units, boxes, divisor);
            suggestion.AddRange(plan.Packages.Select(p => new SuggestedPackage(p.Box.Code, p.GrossWeight, p.BillableWeight,
                p.Items.GroupBy(i => (i.Item.Key, i.Item.Sku))
                    .Select(g => new SuggestedItem(int.Parse(g.Key.Key, System.Globalization.CultureInfo.InvariantCulture), g.Key.Sku, g.Count()))
                    .OrderBy(i => i.LineNumber).ToList())));
            unpackable.AddRange(plan.Unpackable.Select(i => i.Sku).Distinct());
        }

        return new PackingView(state.Order.OrderId, state.Location, why is null, why, state.Work?.Packed == true,
            lines.Select(l => new PackingLineView(l.LineNumber, l.Sku, state.FactsOf(l.LineNumber).Barcode, state.PickedOf(l.LineNumber),
                state.PackedOf(l.LineNumber))).ToList(),
            suggestion, unpackable, state.Packages.OrderBy(p => p.Id).Select(PackingViews.ToView).ToList());
    }

    /// <summary>A SKU with no size in the catalog is planned as a small cube rather than refused.</summary>
    private static decimal Positive(decimal inches) => inches > 0 ? inches : 0.1m;
}
