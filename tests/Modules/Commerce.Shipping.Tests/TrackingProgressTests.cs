using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Domain;
using CsCheck;

namespace Commerce.Shipping.Tests;

public sealed class TrackingProgressTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static ShipmentPackage Labelled()
    {
        var package = new ShipmentPackage { Id = Guid.NewGuid(), BoxCode = "M" };
        package.Label("acct", "UPS", new PurchasedLabel("1Z1", null, 5m, "USD", "s1", LabelFormat.Png, [], "image/png"), Start);
        return package;
    }

    private static TrackingInfo Report(TrackingStatus status, DateTimeOffset at) =>
        new("1Z1", status, null, status == TrackingStatus.Delivered ? at : null, [new TrackingEvent(at, status, null, null, null)], null);

    [Fact]
    public void A_late_event_never_moves_a_package_back()
    {
        var package = Labelled();
        package.Apply(Report(TrackingStatus.OutForDelivery, Start.AddHours(5)), Start.AddHours(5));
        package.Apply(Report(TrackingStatus.InTransit, Start.AddHours(1)), Start.AddHours(6));
        Assert.Equal(TrackingStatus.OutForDelivery, package.TrackingStatus);
    }

    [Fact]
    public void A_failed_delivery_attempt_after_out_for_delivery_is_an_exception_and_newer_progress_clears_it()
    {
        var package = Labelled();
        package.Apply(Report(TrackingStatus.OutForDelivery, Start.AddHours(5)), Start.AddHours(5));
        package.Apply(Report(TrackingStatus.Exception, Start.AddHours(9)), Start.AddHours(9));
        Assert.Equal(TrackingStatus.Exception, package.TrackingStatus);
        package.Apply(Report(TrackingStatus.OutForDelivery, Start.AddHours(30)), Start.AddHours(30));
        Assert.Equal(TrackingStatus.OutForDelivery, package.TrackingStatus);
    }

    [Fact]
    public void A_final_status_is_never_left_and_polling_stops()
    {
        var package = Labelled();
        package.Apply(Report(TrackingStatus.Delivered, Start.AddDays(2)), Start.AddDays(2));
        package.Apply(Report(TrackingStatus.Exception, Start.AddDays(3)), Start.AddDays(3));
        Assert.Equal(TrackingStatus.Delivered, package.TrackingStatus);
        Assert.Null(package.NextPollAt);
    }

    [Fact]
    public void Polling_is_frequent_near_the_door_rare_in_transit_and_stops_after_ninety_days()
    {
        var package = Labelled();
        package.Apply(Report(TrackingStatus.InTransit, Start.AddHours(1)), Start.AddHours(1));
        Assert.Equal(Start.AddHours(5), package.NextPollAt);
        package.Apply(Report(TrackingStatus.OutForDelivery, Start.AddHours(2)), Start.AddHours(2));
        Assert.Equal(Start.AddHours(2).AddMinutes(30), package.NextPollAt);
        Assert.Null(package.NextPoll(Start.AddDays(91)));
    }

    [Fact]
    public void Whatever_order_reports_arrive_in_a_final_status_once_reached_is_kept_and_rank_never_drops_but_for_exceptions()
    {
        var statuses = Enum.GetValues<TrackingStatus>();
        Gen.Select(Gen.Int[0, statuses.Length - 1], Gen.Int[0, 500]).Array[1, 20].Sample(reports =>
        {
            var package = Labelled();
            TrackingStatus? final = null;
            foreach (var (status, minutes) in reports)
            {
                var before = package.TrackingStatus;
                package.Apply(Report(statuses[status], Start.AddMinutes(minutes)), Start.AddDays(1));
                if (final is not null) Assert.Equal(final, package.TrackingStatus);
                if (TrackingProgress.IsFinal(package.TrackingStatus)) final ??= package.TrackingStatus;
                if (before != TrackingStatus.Exception && package.TrackingStatus != TrackingStatus.Exception)
                    Assert.True(TrackingProgress.Rank(package.TrackingStatus) >= TrackingProgress.Rank(before));
            }
        });
    }
}

public sealed class OverdueTests
{
    [Fact]
    public void A_dispatched_shipment_past_its_promise_is_reported_late_once()
    {
        var placed = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var shipment = new Shipment
        {
            OrderId = Guid.NewGuid(), Location = "RNO", Channel = "api", ExternalId = "X", ServiceLevel = "Standard", PlacedAt = placed,
            PromisedBy = new DateOnly(2026, 12, 3), ShipToName = "Ada", ShipToLine1 = "1 St", ShipToCity = "Austin",
            ShipToPostalCode = "78701", ShipToCountryCode = "US",
        };
        var package = new ShipmentPackage { Id = Guid.NewGuid(), ShipmentId = shipment.Id, BoxCode = "M" };
        shipment.Packages.Add(package);
        Assert.Null(shipment.ReportIfOverdue(placed.AddDays(30)));

        package.Label("a", "UPS", new PurchasedLabel("1Z", null, 5m, "USD", "s", LabelFormat.Png, [], "image/png"), placed);
        shipment.UseService("a", "UPS", "Ground");
        Assert.True(shipment.MarkDispatchedIfLabelled(placed));

        Assert.Null(shipment.ReportIfOverdue(new DateTimeOffset(2026, 12, 3, 23, 0, 0, TimeSpan.Zero)));
        Assert.Contains("2026-12-03", shipment.ReportIfOverdue(new DateTimeOffset(2026, 12, 4, 1, 0, 0, TimeSpan.Zero)));
        Assert.Null(shipment.ReportIfOverdue(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero)));
    }
}
