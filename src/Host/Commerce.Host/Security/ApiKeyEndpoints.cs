using Commerce.Host.Platform;
using Commerce.Kernel.Http;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Host.Security;

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Roles);

public sealed record ApiKeyView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    string CreatedBy, DateTimeOffset? RevokedAt);

internal static class ApiKeyEndpoints
{
    public static void MapApiKeys(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapModuleGroup("admin", "Administration");
        admin.MapPost("/api-keys", Create)
            .WithSummary("Create an API key")
            .WithDescription("Returns the key once; only its hash is stored. Roles: " + string.Join(", ", Roles.All) + ".");
        admin.MapGet("/api-keys", List).WithSummary("List API keys (never the keys themselves)");
        admin.MapDelete("/api-keys/{id:guid}", Revoke).WithSummary("Revoke an API key");
    }

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> Create(
        CreateApiKeyRequest request, ApiKeyService keys, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Name, "name", 100);
        RoleList.Validate(request.Roles, errors);

        if (errors.Any) return errors.ToProblem();
        var issued = await keys.IssueAsync(request.Name!.Trim(), request.Roles!, cancellationToken);
        return TypedResults.Created($"/api/admin/api-keys/{issued.Id}", issued);
    }

    private static async Task<Ok<List<ApiKeyView>>> List(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.RoleList, k.CreatedAt, k.CreatedBy, k.RevokedAt)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        Guid id, ApiKeyService keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("API key", id);
}
