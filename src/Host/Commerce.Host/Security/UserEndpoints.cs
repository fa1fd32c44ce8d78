using System.Net.Mail;
using System.Security.Claims;
using Commerce.Kernel.Http;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Host.Security;

public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Password, IReadOnlyList<string>? Roles);

public sealed record SignInRequest(string? Email, string? Password);

public sealed record Identity(string Name, string Kind, IReadOnlyList<string> Roles);

/// <summary>People sign in with email and password and get a session cookie; admins manage the users.</summary>
internal static class UserEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapUsers(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapModuleGroup("admin", "Administration");
        admin.MapPost("/users", Create).WithSummary("Create a user who signs in with email and password");
        admin.MapGet("/users", List).WithSummary("List users");
        admin.MapDelete("/users/{id:guid}", Disable).WithSummary("Disable a user: their sessions stop working");

        var auth = endpoints.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignIn)
            .WithSummary("Sign in with email and password")
            .WithDescription("Sets an HttpOnly, SameSite=Strict session cookie. Limited to 10 attempts a minute per client address.")
            .RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/sign-out", (Delegate)SignOut).WithSummary("Sign out: ends the session cookie");
        auth.MapGet("/me", Me).WithSummary("Who the request is signed in as: a user or an API key").RequireAuthorization();
    }

    private static async Task<Results<Created<UserView>, ValidationProblem, ProblemHttpResult>> Create(
        CreateUserRequest request, UserService users, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (errors.Required(request.Email, "email", 254))
            errors.Check(MailAddress.TryCreate(request.Email, out var parsed) && parsed.Address == request.Email!.Trim(), "email",
                "is not an email address.");
        errors.Required(request.DisplayName, "displayName");
        errors.Check(request.Password is { Length: >= UserService.MinPasswordLength and <= 200 }, "password",
            $"must be {UserService.MinPasswordLength} to 200 characters.");
        RoleList.Validate(request.Roles, errors);

        if (errors.Any) return errors.ToProblem();
        var user = await users.CreateAsync(request.Email!, request.DisplayName!.Trim(), request.Password!, request.Roles!, cancellationToken);
        return user is null
            ? Problems.Conflict("The email is taken.", $"A user with email '{request.Email}' exists already.")
            : TypedResults.Created($"/api/admin/users/{user.Id}", user);
    }

    private static async Task<Ok<List<UserView>>> List(UserService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.ListAsync(cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> Disable(Guid id, UserService users, CancellationToken cancellationToken) =>
        await users.DisableAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("User", id);

    private static async Task<Results<Ok<Identity>, ValidationProblem, ProblemHttpResult>> SignIn(
        SignInRequest request, UserService users, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required(request.Email, "email", 254);
        errors.Check(request.Password is { Length: > 0 and <= 200 }, "password", "is required.");
        if (errors.Any) return errors.ToProblem();

        var user = await users.CheckPasswordAsync(request.Email!, request.Password!, cancellationToken);
        if (user is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.",
                detail: "The email or the password is wrong, or the user is disabled.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, $"user:{user.Email}"),
            new(SessionCookie.UserIdClaim, user.Id.ToString()),
        };
        claims.AddRange(user.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(new Identity($"user:{user.Email}", "user", user.RoleList));
    }

    private static async Task<NoContent> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Ok<Identity> Me(ClaimsPrincipal user) => TypedResults.Ok(new Identity(
        user.Identity?.Name ?? "", user.HasClaim(c => c.Type == SessionCookie.UserIdClaim) ? "user" : "api-key",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));
}
