using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Integrations.Ups.Mapping;

namespace Commerce.Integrations.Ups.Api;

/// <summary>
/// UPS OAuth2 client credentials: one access token per account (and per client id and host, so changed credentials
/// get a new one), cached until a minute before UPS says it expires. Tokens and secrets never appear in messages.
/// </summary>
internal sealed class UpsOAuth(TimeProvider clock)
{
    public const string TokenPath = "security/v1/oauth/token";

    /// <summary>How long before UPS's expiry a token stops being used, so it never expires in flight.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, Token> _tokens = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _fetching = new();

    private sealed record Token(string Value, DateTimeOffset UseUntil);

    public async Task<string> GetTokenAsync(HttpClient http, CarrierAccount account, Uri baseUrl, CancellationToken cancellationToken)
    {
        var key = Key(account, baseUrl);
        if (Fresh(key) is { } cached) return cached;

        // One fetch per account at a time: callers arriving meanwhile wait and reuse its token.
        var gate = _fetching.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(key) is { } fetchedMeanwhile) return fetchedMeanwhile;
            var token = await FetchAsync(http, account, baseUrl, cancellationToken);
            _tokens[key] = token;
            return token.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> (UPS refused it), unless another caller has already replaced it.</summary>
    public void Invalidate(CarrierAccount account, Uri baseUrl, string token)
    {
        var key = Key(account, baseUrl);
        if (_tokens.TryGetValue(key, out var cached) && cached.Value == token)
            _tokens.TryRemove(KeyValuePair.Create(key, cached));
    }

    private string? Fresh(string key) =>
        _tokens.TryGetValue(key, out var token) && clock.GetUtcNow() < token.UseUntil ? token.Value : null;

    private static string Key(CarrierAccount account, Uri baseUrl) =>
        $"{account.Id}\n{account.Setting(UpsPlugin.ClientId)}\n{baseUrl}";

    private async Task<Token> FetchAsync(HttpClient http, CarrierAccount account, Uri baseUrl, CancellationToken cancellationToken)
    {
        var clientId = account.Setting(UpsPlugin.ClientId);
        var clientSecret = account.Setting(UpsPlugin.ClientSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, TokenPath))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        request.Headers.Add("x-merchant-id", account.Setting(UpsPlugin.AccountNumber));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var (status, body) = await UpsClient.ExchangeAsync(http, request, "token request", cancellationToken);
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var error = UpsClient.ReadErrors(body);
            throw new CarrierException(CarrierErrorKind.Configuration,
                $"UPS refused the client id and secret of {account}{(error is null ? "" : ": " + error.Value.Message)}.", error?.Code);
        }

        UpsClient.EnsureSuccess(status, body);
        var answer = UpsJson.Parse(body, "token answer");
        var accessToken = UpsJson.Text(answer["access_token"]);
        if (string.IsNullOrEmpty(accessToken))
            throw new CarrierException(CarrierErrorKind.Malformed, "UPS answered a token request without an access token.");

        // expires_in is a string of seconds; a token without a readable one is used for this call only.
        var lifetime = TimeSpan.FromSeconds(UpsJson.Int(answer["expires_in"]) ?? 0);
        var useFor = lifetime > Margin * 2 ? lifetime - Margin : lifetime / 2;
        return new Token(accessToken, clock.GetUtcNow() + useFor);
    }
}
