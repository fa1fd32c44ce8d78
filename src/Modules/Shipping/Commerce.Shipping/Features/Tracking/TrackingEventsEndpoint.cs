using System.Globalization;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Kernel.Auditing;
using Commerce.Kernel.Http;
using Commerce.Shipping.Carriers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Commerce.Shipping.Features.Tracking;

/// <summary>A status for a package, from a courier without an API (staff, or the courier's CSV).</summary>
public sealed record TrackingEventRequest(string? TrackingNumber, string? Status, DateTimeOffset? At, string? Message, string? Location);

internal static class TrackingEventsEndpoint
{
    public const int MaxEvents = 5000;

    public static void Map(RouteGroupBuilder writes)
    {
        writes.MapPost("/tracking-events", PostJson)
            .WithSummary("Record package statuses (couriers without an API)")
            .WithDescription("Statuses: PreTransit, InTransit, OutForDelivery, AvailableForPickup, Exception, Delivered, " +
                             "ReturnedToSender, Failure, Cancelled. All rows are checked first: one bad row and nothing is recorded.");
        writes.MapPost("/tracking-events/csv", PostCsv)
            .WithSummary("Record package statuses from a courier's CSV")
            .WithDescription("text/csv with a header row: tracking_number,status,at,message,location (at in ISO 8601).")
            .Accepts<string>("text/csv");
    }

    private static async Task<Results<Ok<TrackingOutcome>, ValidationProblem>> PostJson(
        IReadOnlyList<TrackingEventRequest> events, IMessageBus bus, CarrierRegistry registry, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var updates = Validate(events, clock.GetUtcNow(), errors, i => $"[{i}]");
        if (errors.Any) return errors.ToProblem();
        return TypedResults.Ok(await bus.InvokeAsync<TrackingOutcome>(new ApplyTracking($"api:{Actor.Current}", null, null, updates, registry.WithoutOwnTracking()), cancellationToken));
    }

    private static async Task<Results<Ok<TrackingOutcome>, ValidationProblem>> PostCsv(
        HttpRequest request, IMessageBus bus, CarrierRegistry registry, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var errors = new FieldErrors();
        var table = Csv.Parse(text);
        if (table.Count == 0) return errors.Add("csv", "is empty: send a header row and one row per status.").ToProblem();
        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var (number, status, atColumn, message, location) =
            (Column("tracking_number"), Column("status"), Column("at"), Column("message"), Column("location"));
        if (number < 0 || status < 0)
            return errors.Add("csv", "must have a header row naming tracking_number and status (and optionally at, message, location).").ToProblem();

        string? Cell(IReadOnlyList<string> row, int column) => column >= 0 && column < row.Count && row[column].Trim().Length > 0 ? row[column].Trim() : null;
        var rows = new List<TrackingEventRequest>();
        for (var i = 1; i < table.Count; i++)
        {
            DateTimeOffset? at = null;
            if (Cell(table[i], atColumn) is { } text2)
            {
                if (DateTimeOffset.TryParse(text2, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) at = parsed;
                else errors.Add($"line {i + 1}.at", $"'{text2}' is not a date and time (ISO 8601).");
            }

            rows.Add(new TrackingEventRequest(Cell(table[i], number), Cell(table[i], status), at, Cell(table[i], message), Cell(table[i], location)));
        }

        var updates = Validate(rows, clock.GetUtcNow(), errors, i => $"line {i + 2}");
        if (errors.Any) return errors.ToProblem();
        return TypedResults.Ok(await bus.InvokeAsync<TrackingOutcome>(new ApplyTracking($"csv:{Actor.Current}", null, null, updates, registry.WithoutOwnTracking()), cancellationToken));
    }

    private static List<TrackingInfo> Validate(IReadOnlyList<TrackingEventRequest?> events, DateTimeOffset now, FieldErrors errors, Func<int, string> row)
    {
        if (events.Count is 0 or > MaxEvents)
        {
            errors.Add("events", $"must hold 1 to {MaxEvents} events.");
            return [];
        }

        var updates = new List<TrackingInfo>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is null)
            {
                errors.Add(row(i), "is required.");
                continue;
            }

            errors.Required(e.TrackingNumber, $"{row(i)}.trackingNumber", 64);
            var status = ParseStatus(e.Status);
            errors.Check(status is not null, $"{row(i)}.status", "must be PreTransit, InTransit, OutForDelivery, AvailableForPickup, Exception, Delivered, ReturnedToSender, Failure or Cancelled.");
            errors.Check(e.At is null || e.At <= now.AddHours(1), $"{row(i)}.at", "cannot be in the future.");
            errors.Optional(e.Message, $"{row(i)}.message", 500);
            errors.Optional(e.Location, $"{row(i)}.location", 200);
            if (status is null || string.IsNullOrWhiteSpace(e.TrackingNumber)) continue;
            var at = e.At ?? now;
            updates.Add(new TrackingInfo(e.TrackingNumber.Trim(), status.Value, null, status == TrackingStatus.Delivered ? at : null,
                [new TrackingEvent(at, status.Value, null, e.Message, e.Location)], null));
        }

        return updates;
    }

    private static TrackingStatus? ParseStatus(string? status) =>
        Enum.TryParse<TrackingStatus>(status?.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), true, out var parsed)
        && parsed != TrackingStatus.Unknown && Enum.IsDefined(parsed) ? parsed : null;
}
