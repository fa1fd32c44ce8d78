using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Shipping.Carriers;
using Commerce.Shipping.Data;
using Commerce.Shipping.Domain;
using Commerce.Shipping.Features.Rates;
using Commerce.Shipping.Features.Shipments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Commerce.Shipping.Features.Labels;

/// <summary>Buy the labels of the latest quote's choice (or of the overrides given), in a format: pdf, png or zpl.</summary>
public sealed record BuyLabelsRequest(string? Format, string? AccountId, string? Carrier, string? Service);

internal static class LabelEndpoints
{
    public static void Map(RouteGroupBuilder writes, RouteGroupBuilder reads)
    {
        writes.MapPost("/shipments/{id:guid}/labels", Buy)
            .WithSummary("Buy a label for every package with the chosen rate")
            .WithDescription(
                "Uses the latest quote: its chosen service, or the one the overrides name; once one package has a label, the " +
                "others get the same service. One label per package, all under this shipment. Buying again returns the labels " +
                "already bought: the carrier charges once. A carrier that refuses (an address it cannot serve) answers 422 " +
                "with the carrier's message.");
        reads.MapGet("/packages/{id:guid}/label", Download)
            .WithSummary("Download a package's label (format=pdf|png|zpl)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        writes.MapPost("/shipments/{id:guid}/void", Void)
            .WithSummary("Void the shipment's labels before the carrier has the parcels")
            .WithDescription("Each label is voided with its carrier and its cost released; the shipment waits for new labels, " +
                             "and the order and its stock go back to before dispatch.");
    }

    private static async Task<Results<Ok<ShipmentView>, ValidationProblem, ProblemHttpResult>> Buy(
        Guid id, BuyLabelsRequest request, ShippingDbContext db, CarrierRegistry registry, IMessageBus bus, TimeProvider clock,
        ILogger<BuyLabelsRequest> logger, IOptions<ShippingOptions> options, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var format = ParseFormat(request.Format, errors, "format");
        errors.Optional(request.AccountId, "accountId", 64);
        errors.Optional(request.Carrier, "carrier", 64);
        errors.Optional(request.Service, "service", 100);
        if (errors.Any) return errors.ToProblem();

        var shipment = await db.Shipments.AsNoTracking().Include(s => s.Packages).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shipment is null) return Problems.NotFound("Shipment", id);
        if (shipment.Status == ShipmentStatus.Cancelled) return Problems.Conflict("Cancelled.", "The order was cancelled: nothing ships.");
        if (shipment.Status != ShipmentStatus.Packed)
            return TypedResults.Ok((await ShipmentEndpoints.LoadViewAsync(db, id, cancellationToken))!);

        var quote = await QuoteEndpoint.LatestAsync(db, id, cancellationToken);
        if (quote is null) return Problems.Conflict("No quote.", "Rate-shop the shipment first: POST …/quote.");
        var rule = shipment.AccountId is not null
            ? new RateOverride(shipment.AccountId, shipment.Carrier, shipment.Service)
            : QuoteEndpoint.Override(new QuoteRequest(request.AccountId, request.Carrier, request.Service)) ?? quote.Override();
        var choice = RateChoice.Choose(QuoteEndpoint.Options(quote, shipment, clock), rule, options.Value.Currency);
        if (choice is null)
            return Problems.Unprocessable("No rate to buy.", "The latest quote has no service for every package that matches the request.");
        var connection = registry.Find(choice.AccountId);
        if (connection is null || !connection.Can(CarrierCapabilities.Labels))
            return Problems.Unprocessable("Carrier unavailable.", $"Carrier account '{choice.AccountId}' is not configured to sell labels.");
        var from = await QuoteEndpoint.ShipFromAsync(bus, shipment.Location, cancellationToken);
        if (from is null) return Problems.Conflict("Unknown origin.", $"Inventory has no address for location '{shipment.Location}'.");

        foreach (var packageId in shipment.Packages.Where(p => !p.HasLabel).Select(p => p.Id).OrderBy(p => p).ToList())
        {
            // Claim this package in its own commit just before paying for it: a concurrent buyer sees the claim and stays away.
            db.ChangeTracker.Clear();
            var current = await db.Shipments.Include(s => s.Packages).SingleAsync(s => s.Id == id, cancellationToken);
            var package = current.Packages.Single(p => p.Id == packageId);
            if (package.HasLabel) continue;
            if (!package.ClaimPurchase(clock.GetUtcNow()))
                return Problems.Conflict("Being bought.", "A label for this shipment is being bought right now; look again in a moment.");
            current.Touch();
            if (!await db.TrySaveAsync(cancellationToken))
                return Problems.Conflict("Being bought.", "A label for this shipment is being bought right now; look again in a moment.");

            var rate = quote.Rates.Where(r => r.PackageId == package.Id && r.AccountId == choice.AccountId && r.Carrier == choice.Carrier
                                              && r.Service == choice.Service).MinBy(r => r.Price)!;
            var purchase = new LabelPurchase(new ShipmentDetails(from, current.ShipTo(), package.Parcel, package.Id.ToString()),
                QuoteEndpoint.ToCarrierRate(rate), format);
            PurchasedLabel label;
            try
            {
                // Not cancelled with the request: once the carrier may charge, the answer must be recorded.
                label = await connection.Adapter.BuyLabelAsync(connection.Account, purchase, CancellationToken.None);
            }
            catch (CarrierException e) when (e.Kind is CarrierErrorKind.Rejected or CarrierErrorKind.Configuration)
            {
                await bus.InvokeAsync(new ReleaseLabelClaim(id, package.Id), CancellationToken.None);
                return Problems.Unprocessable($"{choice.Carrier} refused the label.", e.Message);
            }
            catch (Exception e) when (e is CarrierException or HttpRequestException or OperationCanceledException)
            {
                // The carrier may have sold the label before failing to answer: keep the claim until its lease ends.
                logger.LogWarning("Buying a label for package {Package} from {Account} failed: {Reason}", package.Id, choice.AccountId, e.Message);
                return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: $"{choice.Carrier} did not answer the purchase.",
                    detail: $"{e.Message} The carrier may have sold the label: check its account before buying again " +
                            $"(the package is held for {ShipmentPackage.PurchaseLease.TotalMinutes:0} minutes).");
            }

            await bus.InvokeAsync(new RecordLabel(id, package.Id, choice.AccountId, choice.Carrier, choice.Service, label), CancellationToken.None);
        }

        return TypedResults.Ok((await ShipmentEndpoints.LoadViewAsync(db, id, cancellationToken))!);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Download(
        Guid id, ShippingDbContext db, CarrierRegistry registry, TimeProvider clock, CancellationToken cancellationToken, string? format = null)
    {
        var errors = new FieldErrors();
        var wanted = ParseFormat(format, errors, "format");
        if (errors.Any) return errors.ToProblem();
        var package = await db.Packages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (package is null) return Problems.NotFound("Package", id);
        if (!package.HasLabel) return Problems.Conflict("No label.", "The package has no label (yet, or any more).");
        var file = await db.Labels.AsNoTracking().SingleOrDefaultAsync(l => l.PackageId == id && l.Format == wanted, cancellationToken);
        if (file is null)
        {
            var connection = registry.Find(package.AccountId);
            if (connection is null) return Problems.Unprocessable("Format not available.", $"The label exists only in another format than {wanted}.");
            try
            {
                var converted = await connection.Adapter.ConvertLabelAsync(connection.Account,
                    new LabelConversion(package.CarrierShipmentId!, package.TrackingNumber!, wanted), cancellationToken);
                file = new LabelFile { PackageId = id, Format = wanted, ContentType = converted.ContentType, Content = converted.Content, CreatedAt = clock.GetUtcNow() };
                db.Labels.Add(file);
                await db.TrySaveAsync(cancellationToken);
            }
            catch (Exception e) when (e is NotSupportedException or CarrierException or HttpRequestException)
            {
                return Problems.Unprocessable("Format not available.", $"{package.Carrier} cannot give this label as {wanted}: {e.Message}");
            }
        }

        return TypedResults.File(file.Content, file.ContentType, $"{package.TrackingNumber}.{wanted.ToString().ToLowerInvariant()}");
    }

    private static async Task<Results<Ok<ShipmentView>, ProblemHttpResult>> Void(
        Guid id, ShippingDbContext db, CarrierRegistry registry, IMessageBus bus, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.Include(s => s.Packages).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shipment is null) return Problems.NotFound("Shipment", id);
        if (shipment.Status is not (ShipmentStatus.Packed or ShipmentStatus.Dispatched))
            return Problems.Conflict("Too late to void.", $"The shipment is {shipment.Status}: the carrier already has it.");
        foreach (var package in shipment.Packages.Where(p => p.HasLabel).ToList())
        {
            var connection = registry.Find(package.AccountId);
            try
            {
                if (connection is not null && connection.Can(CarrierCapabilities.VoidLabels))
                {
                    await connection.Adapter.VoidLabelAsync(connection.Account,
                        new LabelToVoid(package.CarrierShipmentId!, package.TrackingNumber!), CancellationToken.None);
                }
            }
            catch (CarrierException e)
            {
                return Problems.Unprocessable($"{package.Carrier} refused to void {package.TrackingNumber}.", e.Message);
            }

            // Each void is saved as soon as the carrier accepted it: a later failure never forgets an earlier refund.
            await bus.InvokeAsync(new ClearLabel(id, package.Id), CancellationToken.None);
        }

        await bus.InvokeAsync(new ReopenShipment(id), CancellationToken.None);
        return TypedResults.Ok((await ShipmentEndpoints.LoadViewAsync(db, id, cancellationToken))!);
    }

    internal static LabelFormat ParseFormat(string? format, FieldErrors errors, string field)
    {
        if (format is null) return LabelFormat.Pdf;
        if (Enum.TryParse<LabelFormat>(format, true, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        errors.Add(field, "must be pdf, png or zpl.");
        return LabelFormat.Pdf;
    }
}
