using Commerce.Kernel;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Inventory.Contracts;
using Commerce.Kernel.Http;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Shipping.Features.Rates;

/// <summary>Optional overrides of the choice: a carrier account, a carrier and/or a service.</summary>
public sealed record QuoteRequest(string? AccountId, string? Carrier, string? Service);

public sealed record QuoteView(
    Guid Id, Guid ShipmentId, DateOnly PromisedBy, RateOptionView? Chosen, IReadOnlyList<RateOptionView> Options, IReadOnlyList<string> Skipped);

public sealed record RateOptionView(
    string AccountId, string Carrier, string Service, decimal Price, string Currency, DateOnly? EstimatedDelivery, bool MeetsPromise);

internal static class QuoteEndpoint
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/shipments/{id:guid}/quote", Quote)
            .WithSummary("Rate-shop a shipment across every enabled carrier")
            .WithDescription(
                "Asks every carrier account for every package in parallel within the quote's time budget; carriers that fail " +
                "or are slow are listed under skipped. Chooses the cheapest service that delivers by the promised date (the " +
                "earliest delivery when none does), within the overrides given.");
        reads.MapGet("/shipments/{id:guid}/quote", Latest).WithSummary("The shipment's latest quote");
    }

    private static async Task<Results<Ok<QuoteView>, ValidationProblem, ProblemHttpResult>> Quote(
        Guid id, ShippingDbContext db, IMessageBus bus, RateShopper shopper, IOptions<ShippingOptions> options, TimeProvider clock,
        CancellationToken cancellationToken, QuoteRequest? request = null)
    {
        var errors = new FieldErrors();
        errors.Optional(request?.AccountId, "accountId", 64);
        errors.Optional(request?.Carrier, "carrier", 64);
        errors.Optional(request?.Service, "service", 100);
        if (errors.Any) return errors.ToProblem();
        var shipment = await db.Shipments.AsNoTracking().Include(s => s.Packages).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shipment is null) return Problems.NotFound("Shipment", id);
        if (shipment.Status != ShipmentStatus.Packed)
            return Problems.Conflict($"The shipment is {shipment.Status}.", "Only a packed shipment waiting for labels is rate-shopped.");

        var from = await ShipFromAsync(bus, shipment.Location, cancellationToken);
        if (from is null) return Problems.Conflict("Unknown origin.", $"Inventory has no address for location '{shipment.Location}'.");
        var packages = shipment.Packages.OrderBy(p => p.Id)
            .Select(p => (p.Id, new ShipmentDetails(from, shipment.ShipTo(), p.Parcel, p.Id.ToString()))).ToList();
        var (ratesByPackage, skipped) = await shopper.QuoteAsync(packages, TimeSpan.FromSeconds(options.Value.QuoteTimeoutSeconds), cancellationToken);

        var rule = Override(request);
        var quote = new Quote
        {
            ShipmentId = id, CreatedAt = clock.GetUtcNow(), Skipped = string.Join("\n", skipped).Truncate(4000),
            OverrideAccountId = rule?.AccountId, OverrideCarrier = rule?.Carrier, OverrideService = rule?.Service,
        };
        quote.Rates.AddRange(ratesByPackage.SelectMany(p => p.Value.Select(r => new PackageRate
        {
            QuoteId = quote.Id, PackageId = p.Key, AccountId = r.AccountId, Carrier = r.Carrier, Service = r.Service, Price = r.Price,
            Currency = r.Currency, TransitDays = r.TransitDays, EstimatedDelivery = r.EstimatedDelivery, BillableWeightLb = r.BillableWeightLb,
            CarrierRateId = r.CarrierRateId, CarrierShipmentId = r.CarrierShipmentId,
        })));
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToView(quote, shipment, clock, rule, options.Value.Currency));
    }

    private static async Task<Results<Ok<QuoteView>, ProblemHttpResult>> Latest(
        Guid id, ShippingDbContext db, TimeProvider clock, IOptions<ShippingOptions> options, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shipment is null) return Problems.NotFound("Shipment", id);
        var quote = await LatestAsync(db, id, cancellationToken);
        return quote is null ? Problems.NotFound("Quote", id) : TypedResults.Ok(ToView(quote, shipment, clock, quote.Override(), options.Value.Currency));
    }

    public static Task<Quote?> LatestAsync(ShippingDbContext db, Guid shipmentId, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking().Include(q => q.Rates).Where(q => q.ShipmentId == shipmentId).OrderByDescending(q => q.Id)
            .FirstOrDefaultAsync(cancellationToken);

    internal static RateOverride? Override(QuoteRequest? request) =>
        request is null || (request.AccountId ?? request.Carrier ?? request.Service) is null
            ? null
            : new RateOverride(request.AccountId?.Trim(), request.Carrier?.Trim(), request.Service?.Trim());

    public static IReadOnlyList<RateOption> Options(Quote quote, Shipment shipment, TimeProvider clock) =>
        RateChoice.Combine(
            quote.Rates.GroupBy(r => r.PackageId).ToDictionary(g => g.Key, g => (IReadOnlyList<CarrierRate>)g.Select(ToCarrierRate).ToList()),
            DateOnly.FromDateTime(quote.CreatedAt.UtcDateTime), shipment.PromisedBy);

    public static CarrierRate ToCarrierRate(PackageRate r) =>
        new(r.AccountId, r.Carrier, r.Service, r.Price, r.Currency, r.TransitDays, r.EstimatedDelivery, r.BillableWeightLb,
            r.CarrierRateId, r.CarrierShipmentId);

    private static QuoteView ToView(Quote quote, Shipment shipment, TimeProvider clock, RateOverride? rule, string currency)
    {
        var options = Options(quote, shipment, clock);
        var chosen = RateChoice.Choose(options, rule, currency);
        return new QuoteView(quote.Id, shipment.Id, shipment.PromisedBy, chosen is null ? null : ToView(chosen), options.Select(ToView).ToList(),
            quote.Skipped.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static RateOptionView ToView(RateOption o) => new(o.AccountId, o.Carrier, o.Service, o.Price, o.Currency, o.EstimatedDelivery, o.MeetsPromise);

    public static async Task<ShippingAddress?> ShipFromAsync(IMessageBus bus, string location, CancellationToken cancellationToken)
    {
        var found = (await bus.InvokeAsync<LocationDescriptions>(new DescribeLocations([location]), cancellationToken)).Locations.FirstOrDefault();
        return found is null
            ? null
            : new ShippingAddress(found.Name, null, found.Line1, found.Line2, found.City, found.Region, found.PostalCode, found.CountryCode, null, null);
    }
}
