using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Commerce.Testing;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>
/// Two local HTTP servers on 127.0.0.1 speaking EasyPost's and UPS's documented APIs, and the host's carrier accounts
/// pointing at them, plus a table-rate courier. Tests script the servers' answers and read the requests they got.
/// </summary>
public sealed class CarrierSandbox : IAsyncDisposable
{
    public const string EasyPostAccount = "easypost-main";
    public const string UpsAccount = "ups-main";
    public const string CourierAccount = "city-courier";
    public const string EasyPostWebhookSecret = "sécret";
    public const double QuoteTimeoutSeconds = 2;

    private CarrierSandbox(LocalHttpServer easyPost, LocalHttpServer ups) => (EasyPost, Ups) = (easyPost, ups);

    public LocalHttpServer EasyPost { get; }
    public LocalHttpServer Ups { get; }

    public static async Task<CarrierSandbox> StartAsync() =>
        new(await LocalHttpServer.StartAsync(), await LocalHttpServer.StartAsync());

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Commerce:Shipping:QuoteTimeoutSeconds"] = QuoteTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        ["Commerce:Shipping:TrackingPollMinutes"] = "600",
        [$"Commerce:Shipping:Accounts:{EasyPostAccount}:Carrier"] = "easypost",
        [$"Commerce:Shipping:Accounts:{EasyPostAccount}:Settings:ApiKey"] = "EZTK-test-key",
        [$"Commerce:Shipping:Accounts:{EasyPostAccount}:Settings:BaseUrl"] = EasyPost.Address + "v2/",
        [$"Commerce:Shipping:Accounts:{EasyPostAccount}:Settings:WebhookSecret"] = EasyPostWebhookSecret,
        [$"Commerce:Shipping:Accounts:{UpsAccount}:Carrier"] = "ups",
        [$"Commerce:Shipping:Accounts:{UpsAccount}:Settings:ClientId"] = "ups-client",
        [$"Commerce:Shipping:Accounts:{UpsAccount}:Settings:ClientSecret"] = "ups-secret",
        [$"Commerce:Shipping:Accounts:{UpsAccount}:Settings:AccountNumber"] = "A1B2C3",
        [$"Commerce:Shipping:Accounts:{UpsAccount}:Settings:BaseUrl"] = Ups.Address.ToString(),
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Carrier"] = "table-rate",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:DisplayName"] = "City Courier",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:TrackingPrefix"] = "CC",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Zones:0:Origin"] = "*",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Zones:0:Destination"] = "*",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Zones:0:Zone"] = "1",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Rates:0:Service"] = "Standard",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Rates:0:Zone"] = "1",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Rates:0:MaxWeightLb"] = "50",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Rates:0:Price"] = "6.50",
        [$"Commerce:Shipping:Accounts:{CourierAccount}:Settings:Rates:0:TransitDays"] = "3",
    };

    public void Reset()
    {
        EasyPost.Reset();
        Ups.Reset();
        // UPS answers its token, but its rating is slower than the quote's budget: the quote must not wait for it.
        Ups.On("POST", "/security/v1/oauth/token", CannedResponse.Json("""{"token_type":"Bearer","access_token":"ups-token","expires_in":"14399"}"""));
        Ups.On("POST", "/api/rating/*/Shop", new CannedResponse(200, """{"RateResponse":{"RatedShipment":[]}}""",
            Delay: TimeSpan.FromSeconds(QuoteTimeoutSeconds + 3)));
    }

    /// <summary>EasyPost's Shipment with two USPS rates (one fast, one cheap), as POST /shipments answers.</summary>
    public void EasyPostRates(DateOnly fastBy, DateOnly cheapBy)
    {
        EasyPost.On("POST", "/v2/shipments", CannedResponse.Json($$"""
            {"id":"shp_test1","object":"Shipment","mode":"test","messages":[{"carrier":"FedEx","type":"rate_error","message":"account not enabled"}],
             "rates":[
               {"id":"rate_fast","object":"Rate","shipment_id":"shp_test1","carrier":"USPS","service":"Priority","rate":"9.40","currency":"USD","delivery_days":2,"delivery_date":"{{fastBy:yyyy-MM-dd}}T00:00:00Z"},
               {"id":"rate_cheap","object":"Rate","shipment_id":"shp_test1","carrier":"USPS","service":"GroundAdvantage","rate":"5.10","currency":"USD","delivery_days":5,"delivery_date":"{{cheapBy:yyyy-MM-dd}}T00:00:00Z"},
               {"id":"rate_bad","object":"Rate","shipment_id":"shp_test1","carrier":"USPS","service":"Express","rate":"n/a","currency":"USD"}
             ]}
            """, 201));
        EasyPost.On("POST", "/v2/shipments/shp_test1/buy", request => CannedResponse.Json($$"""
            {"id":"shp_test1","object":"Shipment","tracking_code":"9400100000000000000001",
             "selected_rate":{"id":"rate_cheap","carrier":"USPS","service":"GroundAdvantage","rate":"5.10","currency":"USD"},
             "tracker":{"id":"trk_1","public_url":"https://track.easypost.com/djE6dHJrXzE"},
             "postage_label":{"label_file_type":"application/pdf","label_url":"{{EasyPost.Address}}files/label.pdf","label_pdf_url":"{{EasyPost.Address}}files/label.pdf"} }
            """));
        EasyPost.On("GET", "/files/label.pdf", new CannedResponse(200, "", "application/pdf") { Bytes = Encoding.ASCII.GetBytes("%PDF-1.4 test label\n%%EOF\n") });
    }

    /// <summary>A tracker.updated Event as EasyPost posts it, and its X-Hmac-Signature header value.</summary>
    public static (string Body, string Signature) TrackerEvent(string eventId, string trackingCode, string status, DateTimeOffset at, string? detail = null)
    {
        var body = $$"""
            {"object":"Event","id":"{{eventId}}","description":"tracker.updated","mode":"test","result":
              {"object":"Tracker","id":"trk_1","tracking_code":"{{trackingCode}}","carrier":"USPS","status":"{{status}}","status_detail":"{{detail ?? status}}",
               "public_url":"https://track.easypost.com/djE6dHJrXzE",
               "tracking_details":[{"object":"TrackingDetail","status":"{{status}}","status_detail":"{{detail ?? status}}","message":"{{status}} scan","datetime":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}",
                 "tracking_location":{"city":"AUSTIN","state":"TX","country":"US","zip":"78701"} } ] } }
            """;
        var key = Encoding.UTF8.GetBytes(EasyPostWebhookSecret.Normalize(NormalizationForm.FormKD));
        var signature = "hmac-sha256-hex=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));
        return (body, signature);
    }

    public async ValueTask DisposeAsync()
    {
        await EasyPost.DisposeAsync();
        await Ups.DisposeAsync();
    }
}
