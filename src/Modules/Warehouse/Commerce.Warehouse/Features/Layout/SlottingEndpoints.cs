using Commerce.Inventory.Contracts;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Warehouse.Data;
using Commerce.Warehouse.Domain.Layout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Warehouse.Features.Layout;

/// <summary>Units put into a bin. <see cref="Receive"/>: they are new arrivals, so Inventory adds them to the location's stock.</summary>
public sealed record PutAwayRequest(string? Bin, string? Sku, int? Quantity, bool? Receive, string? Reference);

public sealed record MoveRequest(string? Sku, string? FromBin, string? ToBin, int? Quantity);

public sealed record BinStockView(string Bin, string Sku, int Quantity, int Committed, int Free);

public static class SlottingEndpoints
{
    internal static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/locations/{location:maxlength(64)}/put-aways", PutAway)
            .WithSummary("Put units of a SKU into a bin (slotting)")
            .WithDescription(
                "Records which bin holds the units. With receive=true the units are new arrivals and Inventory adds them to the " +
                "location's stock; otherwise they are stock Inventory already counts (slotting existing stock).");
        writes.MapPost("/locations/{location:maxlength(64)}/moves", Move)
            .WithSummary("Move units between two bins of a location")
            .WithDescription("Only units not promised to a pick list can move. The location's total does not change.");
        reads.MapGet("/locations/{location:maxlength(64)}/bin-stock", List).WithSummary("What each bin holds, optionally for one SKU");
    }

    private static async Task<Results<Ok<BinStockView>, ValidationProblem, ProblemHttpResult>> PutAway(
        string location, PutAwayRequest request, WarehouseDbContext db, IMessageBus bus, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Bin, "bin", 64);
        errors.Required(request.Sku, "sku", 64);
        errors.Check(request.Quantity is >= 1 and <= 1_000_000, "quantity", "is required: 1 to 1,000,000.");
        errors.Optional(request.Reference, "reference", 100);
        if (errors.Any) return errors.ToProblem();

        var bin = await FindBinAsync(db, location, request.Bin!, cancellationToken);
        if (bin is null) return ValidationFor("bin", $"There is no bin '{request.Bin}' at {location}.");
        var sku = request.Sku!.Trim();
        var unknown = await bus.InvokeAsync<UnknownSkus>(new FindUnknownSkus([sku]), cancellationToken);
        if (unknown.Skus.Count > 0) return ValidationFor("sku", $"There is no SKU '{sku}'.");

        try
        {
            return TypedResults.Ok(await bus.InvokeAsync<BinStockView>(
                new PutAwayUnits(bin.Id, sku, request.Quantity!.Value, request.Receive == true,
                    request.Reference?.Trim() ?? $"put-away to {bin.Code}"), cancellationToken));
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            return Problems.Conflict("Changed meanwhile.", $"Bin {bin.Code} changed at the same moment; try again.");
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<BinStockView>>, ValidationProblem, ProblemHttpResult>> Move(
        string location, MoveRequest request, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Sku, "sku", 64);
        errors.Required(request.FromBin, "fromBin", 64);
        errors.Required(request.ToBin, "toBin", 64);
        errors.Check(request.Quantity is >= 1 and <= 1_000_000, "quantity", "is required: 1 to 1,000,000.");
        errors.Check(request.FromBin is null || request.FromBin != request.ToBin, "toBin", "must differ from fromBin.");
        if (errors.Any) return errors.ToProblem();

        var from = await FindBinAsync(db, location, request.FromBin!, cancellationToken);
        if (from is null) return ValidationFor("fromBin", $"There is no bin '{request.FromBin}' at {location}.");
        var to = await FindBinAsync(db, location, request.ToBin!, cancellationToken);
        if (to is null) return ValidationFor("toBin", $"There is no bin '{request.ToBin}' at {location}.");
        var sku = request.Sku!.Trim();
        var source = await db.BinStock.SingleOrDefaultAsync(s => s.BinId == from.Id && s.Sku == sku, cancellationToken);
        if (source is null || source.Free < request.Quantity)
        {
            return Problems.Unprocessable("Not enough free units.",
                $"Bin {from.Code} has {source?.Free ?? 0} units of {sku} not promised to pick lists; {request.Quantity} asked.");
        }

        source.Remove(request.Quantity!.Value);
        var target = await FindOrAddStockAsync(db, to, sku, cancellationToken);
        target.Add(request.Quantity.Value);
        if (!await db.TrySaveAsync(cancellationToken))
            return Problems.Conflict("Changed meanwhile.", "One of the bins changed at the same moment; try again.");
        return TypedResults.Ok<IReadOnlyList<BinStockView>>([ToView(source, from.Code), ToView(target, to.Code)]);
    }

    private static async Task<Ok<IReadOnlyList<BinStockView>>> List(
        string location, WarehouseDbContext db, CancellationToken cancellationToken, string? sku = null)
    {
        var rows = await db.BinStock.AsNoTracking()
            .Where(s => s.Location == location && (sku == null || s.Sku == sku))
            .Join(db.Bins, s => s.BinId, b => b.Id, (s, b) => new { s, b.Code })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BinStockView>>(rows.OrderBy(r => r.Code).ThenBy(r => r.s.Sku)
            .Select(r => ToView(r.s, r.Code)).ToList());
    }

    public static Task<Bin?> FindBinAsync(WarehouseDbContext db, string location, string scan, CancellationToken cancellationToken)
    {
        var code = scan.Trim();
        return db.Bins.SingleOrDefaultAsync(b => b.Location == location && (b.Code == code || b.Barcode == code), cancellationToken);
    }

    public static async Task<BinStock> FindOrAddStockAsync(WarehouseDbContext db, Bin bin, string sku, CancellationToken cancellationToken)
    {
        var stock = await db.BinStock.SingleOrDefaultAsync(s => s.BinId == bin.Id && s.Sku == sku, cancellationToken);
        if (stock is not null) return stock;
        stock = new BinStock { BinId = bin.Id, Location = bin.Location, Sku = sku };
        db.BinStock.Add(stock);
        return stock;
    }

    private static ValidationProblem ValidationFor(string field, string message) => new FieldErrors().Add(field, message).ToProblem();

    private static BinStockView ToView(BinStock stock, string binCode) =>
        new(binCode, stock.Sku, stock.Quantity, stock.Committed, stock.Free);
}
