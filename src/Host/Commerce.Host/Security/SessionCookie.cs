using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Host.Security;

/// <summary>
/// The session cookie of a signed-in person, and the scheme that picks it or the API key per request. An API answers
/// 401/403 as problem details instead of redirecting to a login page; a disabled user's session stops within seconds.
/// </summary>
public static class SessionCookie
{
    public const string Scheme = "Commerce";
    public const string UserIdClaim = "commerce:user-id";

    public static AuthenticationBuilder AddCommerceAuthentication(this IServiceCollection services)
    {
        var builder = services.AddAuthentication(Scheme);
        builder.AddPolicyScheme(Scheme, "API key or session cookie", options => options.ForwardDefaultSelector = context =>
            context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                ? ApiKeyAuthenticationHandler.SchemeName
                : CookieAuthenticationDefaults.AuthenticationScheme);
        builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.AddCookie(options =>
        {
            options.Cookie.Name = "commerce.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: "Authentication required.",
                detail: $"Sign in at POST /auth/sign-in, or send an API key in the {ApiKeyAuthenticationHandler.Header} header.")
                .ExecuteAsync(context.HttpContext);
            options.Events.OnRedirectToAccessDenied = context => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed.", detail: "Your roles do not allow this.").ExecuteAsync(context.HttpContext);
            options.Events.OnValidatePrincipal = RejectDisabledUsers;
        });
        return builder;
    }

    private static async Task RejectDisabledUsers(CookieValidatePrincipalContext context)
    {
        if (!Guid.TryParse(context.Principal?.FindFirst(UserIdClaim)?.Value, out var userId))
        {
            context.RejectPrincipal();
            return;
        }

        var cache = context.HttpContext.RequestServices.GetRequiredService<IMemoryCache>();
        var active = await cache.GetOrCreateAsync(UserService.ActiveCacheKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10);
            var users = context.HttpContext.RequestServices.GetRequiredService<UserService>();
            return await users.IsActiveAsync(userId, context.HttpContext.RequestAborted);
        });
        if (!active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
