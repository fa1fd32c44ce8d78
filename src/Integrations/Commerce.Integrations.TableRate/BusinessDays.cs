namespace Commerce.Integrations.TableRate;

internal static class BusinessDays
{
    /// <summary>The date <paramref name="days"/> working days (Monday to Friday) after <paramref name="from"/>.</summary>
    public static DateOnly After(DateOnly from, int days)
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
