using Commerce.Warehouse.Domain.Routing;

namespace Commerce.Warehouse.Domain.Picking;

/// <summary>One picker's trip: lines in walking order, with the route's length in metres.</summary>
public sealed class PickList
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Location { get; init; }
    public PickStrategy Strategy { get; init; }
    public string? Zone { get; init; }
    public Guid? WaveId { get; init; }
    public PickListStatus Status { get; private set; }
    public string RouteMethod { get; private set; } = "";
    public double RouteLength { get; private set; }
    /// <summary>Whoever scanned first; nobody else confirms lines on this list.</summary>
    public string? Picker { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Revision { get; private set; }
    public List<PickLine> Lines { get; init; } = [];

    public IEnumerable<PickLine> OpenLines => Lines.Where(l => l.Status == PickLineStatus.Open);

    /// <summary>Puts the open lines in walking order from the depot and back, by the shortest route the router finds.</summary>
    internal void Route(AisleLayout layout, Func<PickLine, PickLocation> locate)
    {
        var open = OpenLines.ToList();
        var route = PickRouter.Best(layout, open.Select(locate).ToList());
        var done = Lines.Where(l => l.Status != PickLineStatus.Open).Max(l => (int?)l.Sequence) ?? 0;
        for (var i = 0; i < route.Order.Count; i++) open[route.Order[i]].Sequence = done + i + 1;
        RouteMethod = route.Method.ToString();
        RouteLength = Math.Round(route.Length, 2);
        Revision++;
    }

    public bool ClaimFor(string picker)
    {
        if (Picker is not null && Picker != picker) return false;
        Picker = picker;
        if (Status == PickListStatus.Open) Status = PickListStatus.InProgress;
        Revision++;
        return true;
    }

    public void CompleteIfDone(DateTimeOffset at)
    {
        if (Status != PickListStatus.Completed && Lines.All(l => l.Status != PickLineStatus.Open))
        {
            Status = PickListStatus.Completed;
            CompletedAt = at;
        }

        Revision++;
    }
}
