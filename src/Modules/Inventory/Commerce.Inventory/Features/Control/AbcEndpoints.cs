using Commerce.Inventory.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Inventory.Features.Control;

public sealed record AbcView(string Sku, string Class, decimal AnnualValue, decimal CumulativeShare, DateTimeOffset ComputedAt);

internal static class AbcEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        reads.MapGet("/abc", List)
            .WithSummary("SKUs by ABC class (annual consumption value), most valuable first")
            .WithDescription("Recomputed nightly from the last year's shipments × unit cost, with the cut-offs of Commerce:Inventory:Control.");
        writes.MapPost("/abc/recompute", Recompute).WithSummary("Recompute the ABC classes now");
    }

    private static async Task<Ok<IReadOnlyList<AbcView>>> List(InventoryDbContext db, CancellationToken cancellationToken, string? @class = null)
    {
        var rows = await db.Classifications.AsNoTracking()
            .Where(c => @class == null || c.Class == @class)
            .Join(db.Skus, c => c.SkuId, s => s.Id, (c, s) => new { s.Code, c.Class, c.AnnualValue, c.CumulativeShare, c.ComputedAt })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AbcView>>(rows.OrderBy(r => r.CumulativeShare).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new AbcView(r.Code, r.Class, r.AnnualValue, r.CumulativeShare, r.ComputedAt)).ToList());
    }

    private static async Task<Ok<IReadOnlyList<AbcView>>> Recompute(InventoryDbContext db, IMessageBus bus, CancellationToken cancellationToken)
    {
        await bus.InvokeAsync(new RecomputeAbc(), cancellationToken);
        return await List(db, cancellationToken);
    }
}
