using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Host.Startup;

/// <summary>Writes the health report as JSON: the overall status and each check with its data.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        });
    }
}
