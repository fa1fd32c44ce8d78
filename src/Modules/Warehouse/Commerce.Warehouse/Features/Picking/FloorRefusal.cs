using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Warehouse.Features.Picking;

/// <summary>Why the floor refused a scan: an HTTP status with a message a picker can act on.</summary>
public sealed record FloorRefusal(int Status, string Title, string Detail)
{
    public static FloorRefusal NotFound(string what, object id) =>
        new(StatusCodes.Status404NotFound, $"{what} not found.", $"There is no {what.ToLowerInvariant()} with id '{id}'.");

    public static FloorRefusal Conflict(string title, string detail) => new(StatusCodes.Status409Conflict, title, detail);

    public static FloorRefusal Unprocessable(string title, string detail) => new(StatusCodes.Status422UnprocessableEntity, title, detail);

    public ProblemHttpResult ToProblem() => TypedResults.Problem(statusCode: Status, title: Title, detail: Detail);
}
