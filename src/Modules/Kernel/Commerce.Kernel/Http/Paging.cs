namespace Commerce.Kernel.Http;

/// <summary>A page of a list; <see cref="Total"/> counts every item that matches the filters.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static bool Validate(int? page, int? pageSize, FieldErrors errors)
    {
        var ok = errors.Check(page is null or >= 1, "page", "must be 1 or more.");
        return errors.Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"must be between 1 and {MaxPageSize}.") && ok;
    }
}
