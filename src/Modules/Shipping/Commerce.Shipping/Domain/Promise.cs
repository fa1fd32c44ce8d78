namespace Commerce.Shipping.Domain;

/// <summary>The delivery date promised to the customer: working days after the order was placed, by service level.</summary>
internal static class Promise
{
    public static DateOnly For(DateTimeOffset placedAt, string serviceLevel, IReadOnlyDictionary<string, int> workingDays) =>
        AddWorkingDays(DateOnly.FromDateTime(placedAt.UtcDateTime),
            workingDays.TryGetValue(serviceLevel, out var days) ? days : workingDays.GetValueOrDefault("Standard", 5));

    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }

        return date;
    }
}
