using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Commerce.Host.Security;

/// <summary>Authenticates a request by the API key in its <c>X-Api-Key</c> header; answers 401/403 as problem details.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0) return AuthenticateResult.NoResult();
        var identity = await keys.FindActiveAsync(values.ToString(), Context.RequestAborted);
        if (identity is null) return AuthenticateResult.Fail("The API key is not valid or was revoked.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.Id.ToString()),
            new(ClaimTypes.Name, $"api-key:{identity.Name}"),
        };
        claims.AddRange(identity.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required.",
            detail: $"Send an API key in the {Header} header.").ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.",
            detail: "The API key does not carry a role that may do this.").ExecuteAsync(Context);
}
