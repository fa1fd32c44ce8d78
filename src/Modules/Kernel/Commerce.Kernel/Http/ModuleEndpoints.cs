using Commerce.Kernel.Auditing;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Kernel.Http;

public static class ModuleEndpoints
{
    /// <summary>
    /// The route group of a module under <c>/api/{module}</c>, open to admins and to the given roles, tagged for the
    /// API reference, answering errors as problem details.
    /// </summary>
    public static RouteGroupBuilder MapModuleGroup(
        this IEndpointRouteBuilder endpoints, string module, string tag, params string[] roles)
    {
        var group = endpoints.MapGroup($"/api/{module}").WithTags(tag);
        group.RequireAuthorization(policy => policy.RequireRole([Roles.Admin, .. roles]));
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        group.ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    /// <summary><c>GET audit</c>: who changed what in this module, newest first, optionally for one entity.</summary>
    public static RouteHandlerBuilder MapAuditLog<TContext>(this RouteGroupBuilder group) where TContext : ModuleDbContext =>
        group.MapGet("/audit", AuditLog<TContext>).WithSummary("The audit trail: who changed what, and when");

    private static async Task<Results<Ok<Page<AuditEntry>>, ValidationProblem>> AuditLog<TContext>(
        TContext db, CancellationToken cancellationToken,
        string? entity = null, string? entityId = null, int? page = null, int? pageSize = null)
        where TContext : ModuleDbContext
    {
        var errors = new FieldErrors();
        if (!Paging.Validate(page, pageSize, errors)) return errors.ToProblem();
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var query = db.AuditLog.AsNoTracking()
            .Where(a => (entity == null || a.Entity == entity) && (entityId == null || a.EntityId == entityId));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AuditEntry>(items, number, size, total));
    }
}
