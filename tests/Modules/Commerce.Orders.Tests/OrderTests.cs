using Commerce.Orders.Domain;
using Commerce.Orders.Domain.Routing;
using CsCheck;

namespace Commerce.Orders.Tests;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, RoutingSourceInfo> Sources = new()
    {
        ["3PL"] = new RoutingSourceInfo("3PL", SourceKind.ThirdParty, "acme-3pl", new Dictionary<string, decimal>()),
        ["SUP"] = new RoutingSourceInfo("SUP", SourceKind.Dropship, "supplier", new Dictionary<string, decimal> { ["SKU-1"] = 4.5m }),
    };

    private static RoutingSourceInfo SourceAt(string location) =>
        location == "ATL-3PL" ? Sources["3PL"] with { } : RoutingSourceInfo.OwnLocation(location);

    private static Order NewOrder(params int[] quantities) => Order.Place(
        new NewOrder("api", "X-1", "Ada", "ada@example.com", null, "Ada", "1 St", null, "Austin", "TX", "78701", "US",
            ServiceLevel.Standard),
        quantities.Select((q, i) => new NewOrderLine($"SKU-{i}", q, 10m, "USD")).ToList(), Now, "tester");

    /// <summary>Applies an allocation given as (line, location, units) reservations.</summary>
    private static OrderStatusChange? Allocate(Order order, int version, params (int Line, string Location, int Units)[] reserved) =>
        order.ApplyAllocation(version,
            reserved.Select(r => new ReservedUnits(r.Line, $"SKU-{r.Line - 1}", r.Location, r.Units)).ToList(),
            order.Lines.ToDictionary(l => l.LineNumber, l => reserved.Where(r => r.Line == l.LineNumber).Sum(r => r.Units)),
            [], SourceAt, Now, "inventory");

    [Fact]
    public void Status_is_derived_from_what_is_allocated()
    {
        Gen.Int[1, 9].Array[1, 5].SelectMany(q => Gen.Int[0, 9].Array[q.Length].Select(a => (q, a))).Sample(t =>
        {
            var order = NewOrder(t.q);
            var allocated = t.q.Select((q, i) => Math.Min(q, t.a[i])).ToArray();
            Allocate(order, 1, allocated.Select((a, i) => (i + 1, "MAIN", a)).Where(x => x.a > 0).ToArray());

            var expected = allocated.Sum() == 0 ? OrderStatus.Backordered
                : allocated.Zip(t.q).All(x => x.First >= x.Second) ? OrderStatus.Allocated
                : OrderStatus.PartiallyAllocated;
            Assert.Equal(expected, order.Status);
            Assert.Equal(allocated.Sum(), order.Fulfillments.Sum(f => f.Units));
        });
    }

    [Fact]
    public void An_older_or_repeated_allocation_changes_nothing()
    {
        var order = NewOrder(2);
        Allocate(order, 2, (1, "MAIN", 2));
        Assert.Null(Allocate(order, 1));
        Assert.Null(Allocate(order, 2));
        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public void A_cancelled_order_ignores_later_allocations_and_a_second_cancel()
    {
        var order = NewOrder(1);
        Assert.NotNull(order.Cancel("changed mind", Now, "agent"));
        Assert.Null(order.Cancel("again", Now, "agent"));
        Assert.Null(Allocate(order, 5, (1, "MAIN", 1)));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(["Placed", "Cancelled"], order.History.Select(h => h.To.ToString()).ToArray());
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines() => Assert.Equal(60m, NewOrder(1, 2, 3).Total);

    [Fact]
    public void An_order_split_over_two_locations_is_shipped_and_delivered_only_when_both_parts_are()
    {
        var order = NewOrder(2, 1);
        Allocate(order, 1, (1, "RNO", 2), (2, "ALB", 1));

        Assert.Equal(OrderStatus.PartiallyShipped, order.MarkShipped("RNO", "UPS", "1Z1", null, Now, "shipping", "").Change!.To);
        Assert.Null(order.Cancel("too late", Now, "agent"));
        Assert.Equal(OrderStatus.Shipped, order.MarkShipped("ALB", "UPS", "1Z2", null, Now, "shipping", "").Change!.To);
        Assert.Null(order.MarkDelivered("RNO", Now, "shipping", ""));
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(OrderStatus.Delivered, order.MarkDelivered("ALB", Now, "shipping", "")!.To);
    }

    [Fact]
    public void A_part_shipped_while_units_wait_for_stock_is_partly_shipped_and_the_rest_ships_later()
    {
        var order = NewOrder(3);
        Allocate(order, 1, (1, "RNO", 2));
        Assert.Equal(OrderStatus.PartiallyShipped, order.MarkShipped("RNO", "UPS", "1Z1", null, Now, "shipping", "").Change!.To);

        // Stock arrives: the line has all 3 units allocated, of which only the new one is still reserved (2 left with UPS).
        order.ApplyAllocation(2, [new ReservedUnits(1, "SKU-0", "RNO", 1, Shipped: 2)], new Dictionary<int, int> { [1] = 3 }, [], SourceAt, Now, "inventory");
        Assert.Equal(2, order.Fulfillments.Count);
        Assert.Equal(OrderStatus.Shipped, order.MarkShipped("RNO", "UPS", "1Z2", null, Now, "shipping", "").Change!.To);
    }

    [Fact]
    public void An_allocation_sent_before_inventory_recorded_a_shipment_does_not_make_the_shipped_units_ship_again()
    {
        var order = NewOrder(3, 1);
        Allocate(order, 1, (1, "ATL-3PL", 3));
        var part = Assert.Single(order.ReadyForPartner());
        order.MarkRequested(part.Id, null, Now);
        order.ConfirmPartnerShipment(part.Id, "c-1", "UPS", "1Z1", null, Now, Now, "partner");

        // Another line got stock; Inventory's message still shows line 1's units reserved (the ship is on its way to it).
        order.ApplyAllocation(2, [new ReservedUnits(1, "SKU-0", "ATL-3PL", 3), new ReservedUnits(2, "SKU-1", "ATL-3PL", 1)],
            new Dictionary<int, int> { [1] = 3, [2] = 1 }, [], SourceAt, Now, "inventory");

        var open = Assert.Single(order.Fulfillments, f => f.IsOpen);
        Assert.Equal([(2, 1)], open.Lines.Select(l => (l.LineNumber, l.Quantity)));
    }

    [Fact]
    public void Voiding_one_location_s_labels_takes_the_order_back_to_partly_shipped_then_to_its_allocation()
    {
        var order = NewOrder(1, 1);
        Allocate(order, 1, (1, "RNO", 1), (2, "ALB", 1));
        order.MarkShipped("RNO", "UPS", "1Z1", null, Now, "shipping", "");
        order.MarkShipped("ALB", "UPS", "1Z2", null, Now, "shipping", "");

        Assert.Equal(OrderStatus.PartiallyShipped, order.MarkUnshipped("ALB", Now, "shipping")!.To);
        Assert.Equal(OrderStatus.Allocated, order.MarkUnshipped("RNO", Now, "shipping")!.To);
    }

    [Fact]
    public void An_unknown_sku_puts_the_order_on_hold_with_the_reason()
    {
        var order = NewOrder(1, 1);
        order.ApplyAllocation(1, [new ReservedUnits(1, "SKU-0", "MAIN", 1)], new Dictionary<int, int> { [1] = 1 }, ["NOPE-9"],
            SourceAt, Now, "inventory");

        Assert.Equal(OrderStatus.OnHold, order.Status);
        Assert.Contains("NOPE-9", order.HoldReason);
        Assert.Contains("NOPE-9", order.History.Last().Reason);
    }

    [Fact]
    public void A_review_hold_holds_an_allocated_order_once_per_reason_and_survives_a_new_allocation()
    {
        var order = NewOrder(2);
        Allocate(order, 1, (1, "MAIN", 2));

        var (outcome, change) = order.HoldForReview("The store changed the order's lines.", Now, "channel:shop");
        Assert.Equal((HoldOutcome.Held, OrderStatus.Allocated, OrderStatus.OnHold), (outcome, change!.From, change.To));
        Assert.Equal("The store changed the order's lines.", order.HoldReasons);
        Assert.Equal(HoldOutcome.AlreadyHeld, order.HoldForReview("The store changed the order's lines.", Now, "channel:shop").Outcome);
        Assert.Equal(3, order.History.Count);

        // Inventory's next allocation clears an unknown-SKU hold, never a review hold.
        Allocate(order, 2, (1, "MAIN", 2));
        Assert.Equal(OrderStatus.OnHold, order.Status);
    }

    [Fact]
    public void A_new_reason_for_an_order_on_hold_is_kept_in_its_history()
    {
        var order = NewOrder(2);
        Allocate(order, 1, (1, "MAIN", 2));
        order.HoldForReview("first", Now, "channel:shop");

        var (outcome, change) = order.HoldForReview("second", Now, "channel:shop");

        Assert.Equal((HoldOutcome.Held, OrderStatus.OnHold, OrderStatus.OnHold, "second"), (outcome, change!.From, change.To, change.Reason));
        Assert.Equal("second", order.HoldReasons);
    }

    [Fact]
    public void Releasing_a_review_hold_derives_the_status_again_and_the_same_reason_does_not_hold_it_twice()
    {
        var order = NewOrder(2);
        Allocate(order, 1, (1, "MAIN", 2));
        order.HoldForReview("lines changed", Now, "channel:shop");

        Assert.Equal((OrderStatus.OnHold, OrderStatus.Allocated), (order.ReleaseReview(Now, "manager")!.From, order.Status));
        Assert.Null(order.ReleaseReview(Now, "manager"));
        Assert.Equal(HoldOutcome.AlreadyHeld, order.HoldForReview("lines changed", Now, "channel:shop").Outcome);
        Assert.Equal(OrderStatus.Allocated, order.Status);
    }

    [Fact]
    public void An_order_held_before_it_was_routed_is_still_routed_and_placed_again_when_released()
    {
        var order = NewOrder(2);
        order.HoldForReview("lines changed", Now, "channel:shop");
        Assert.Equal(OrderStatus.OnHold, order.Status);

        order.ApplyRouting([new Assignment(1, "SKU-0", "MAIN", 2, false, "rule 1")], Sources, Now, "routing");
        Assert.Equal((1, OrderStatus.OnHold), (order.Routing.Count, order.Status));
        var released = NewOrder(2);
        released.HoldForReview("lines changed", Now, "channel:shop");
        Assert.Equal(OrderStatus.Placed, released.ReleaseReview(Now, "manager")!.To);
    }

    [Fact]
    public void A_cancelled_or_shipped_order_is_not_held()
    {
        var cancelled = NewOrder(1);
        cancelled.Cancel("customer", Now, "agent");
        var shipped = NewOrder(1, 1);
        Allocate(shipped, 1, (1, "RNO", 1), (2, "ALB", 1));
        shipped.MarkShipped("RNO", "UPS", "1Z1", null, Now, "shipping", "");

        Assert.Equal(HoldOutcome.Cancelled, cancelled.HoldForReview("lines changed", Now, "channel:shop").Outcome);
        Assert.Equal(HoldOutcome.Shipped, shipped.HoldForReview("lines changed", Now, "channel:shop").Outcome);
        Assert.Equal(OrderStatus.PartiallyShipped, shipped.Status);
        Assert.Null(shipped.ReviewReason);
    }

    [Fact]
    public void Supplier_lines_become_a_dropship_fulfillment_and_count_as_covered()
    {
        var order = NewOrder(2, 3);
        order.ApplyRouting(
        [
            new Assignment(1, "SKU-0", "MAIN", 2, false, "rule 1"),
            new Assignment(2, "SKU-1", "SUP", 3, false, "rule 2"),
        ], Sources, Now, "routing");

        var dropship = Assert.Single(order.Fulfillments);
        Assert.Equal(SourceKind.Dropship, dropship.Kind);
        Assert.Equal(4.5m, Assert.Single(dropship.Lines).UnitCost);
        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Equal(2, order.Routing.Count);

        Allocate(order, 1, (1, "MAIN", 2));
        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal([dropship], order.ReadyForPartner());
    }

    [Fact]
    public void A_3pl_part_is_ready_for_its_request_only_when_every_line_it_carries_is_reserved_and_is_requested_once()
    {
        var order = NewOrder(4);
        Allocate(order, 1, (1, "ATL-3PL", 3));
        Assert.Empty(order.ReadyForPartner());

        Allocate(order, 2, (1, "ATL-3PL", 4));
        var part = Assert.Single(order.ReadyForPartner());
        order.MarkRequested(part.Id, null, Now);
        Assert.Empty(order.ReadyForPartner());

        // A later allocation reporting the same reserved units asks the 3PL for nothing more.
        Allocate(order, 3, (1, "ATL-3PL", 4));
        Assert.Empty(order.ReadyForPartner());
        Assert.Equal(4, order.Fulfillments.Sum(f => f.Units));
    }

    [Fact]
    public void A_partner_confirmation_ships_its_part_once()
    {
        var order = NewOrder(1);
        order.ApplyRouting([new Assignment(1, "SKU-0", "SUP", 1, false, "rule 1")],
            new Dictionary<string, RoutingSourceInfo> { ["SUP"] = Sources["SUP"] with { UnitCosts = new Dictionary<string, decimal>() } },
            Now, "routing");
        Assert.Equal(OrderStatus.Allocated, order.Status);
        var part = Assert.Single(order.ReadyForPartner());
        order.MarkRequested(part.Id, "PO-7", Now);

        var (change, applied) = order.ConfirmPartnerShipment(part.Id, "c-1", "USPS", "9400", null, Now, Now, "partner");
        Assert.True(applied);
        Assert.Equal(OrderStatus.Shipped, change!.To);
        Assert.False(order.ConfirmPartnerShipment(part.Id, "c-1", "USPS", "9400", null, Now, Now, "partner").Applied);
    }

    [Fact]
    public void Waiting_units_rerouted_to_a_supplier_become_its_purchase_order_and_leave_our_demand()
    {
        var order = NewOrder(5);
        order.ApplyRouting([new Assignment(1, "SKU-0", "MAIN", 5, true, "rule 1", Guid.NewGuid())], Sources, Now, "routing");
        Allocate(order, 1, (1, "MAIN", 2));
        var supplier = Sources["SUP"] with { UnitCosts = new Dictionary<string, decimal> { ["SKU-0"] = 9m } };

        var demand = order.Reroute(1, supplier, null, ["MAIN"], "waited too long", Now);

        Assert.Equal((2, (IReadOnlyList<string>?)null), demand);
        Assert.Equal(3, order.Lines[0].Dropshipped);
        Assert.Equal(OrderStatus.Allocated, order.DeriveStatus());
        Assert.All(order.Routing.Where(r => r.Backordered), r => Assert.Equal(Now, r.ReroutedAt));
        Assert.Null(order.Reroute(1, supplier, null, ["MAIN"], "again", Now));
    }

    [Fact]
    public void Waiting_units_rerouted_to_another_warehouse_are_tried_there_first()
    {
        var order = NewOrder(4);
        order.ApplyRouting([new Assignment(1, "SKU-0", "MAIN", 4, true, "rule 1", Guid.NewGuid())], Sources, Now, "routing");

        var demand = order.Reroute(1, RoutingSourceInfo.OwnLocation("EAST"), "EAST", ["MAIN"], "waited too long", Now);

        Assert.Equal(4, demand!.Value.Requested);
        Assert.Equal(["EAST", "MAIN"], demand.Value.Locations);
        Assert.Equal(0, order.Lines[0].Dropshipped);
    }
}
