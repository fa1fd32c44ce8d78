using Commerce.Kernel;
using Commerce.Kernel.Http;
using Commerce.Kernel.Persistence;
using Commerce.Kernel.Security;
using Commerce.Shipping.Carriers;
using Commerce.Shipping.Data;
using Commerce.Shipping.Features.Labels;
using Commerce.Shipping.Features.Rates;
using Commerce.Shipping.Features.Shipments;
using Commerce.Shipping.Features.Tracking;
using Commerce.Shipping.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Shipping;

/// <summary>
/// Packed orders to the customer's door: rate shopping across carrier plugins, labels, tracking by webhook, polling or
/// staff, and the messages that say an order shipped, is late or was delivered.
/// </summary>
public sealed class ShippingModule : IModule
{
    public string Name => ShippingDbContext.Module;

    public IReadOnlyList<Type> DbContextTypes => [typeof(ShippingDbContext)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContextWithWolverineIntegration<ShippingDbContext>(
            options => options.UseCommerceDatabase(context.Database, Name));
        services.AddOptions<ShippingOptions>().BindConfiguration("Commerce:Shipping");
        services.AddSingleton<CarrierRegistry>();
        services.AddSingleton<RateShopper>();
        var pollMinutes = context.Configuration.GetValue("Commerce:Shipping:TrackingPollMinutes", 5);
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<TrackingPollJob>(job => job.WithIdentity(TrackingPollJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(TrackingPollJob.Key).WithIdentity("shipping-tracking-poll-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Math.Max(1, pollMinutes))).RepeatForever()));
            quartz.AddJob<LateShipmentSweepJob>(job => job.WithIdentity(LateShipmentSweepJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(LateShipmentSweepJob.Key).WithIdentity("shipping-late-sweep-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
        });
        services.AddTransient<TrackingPollJob>();
        services.AddTransient<LateShipmentSweepJob>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var writes = endpoints.MapModuleGroup(Name, "Shipping", Roles.Manager, Roles.Warehouse);
        var reads = endpoints.MapModuleGroup(Name, "Shipping", Roles.Manager, Roles.Warehouse, Roles.Agent, Roles.Integration);
        ShipmentEndpoints.Map(reads);
        QuoteEndpoint.Map(writes, reads);
        LabelEndpoints.Map(writes, reads);
        TrackingEventsEndpoint.Map(writes);
        CarrierWebhookEndpoint.Map(endpoints);
        reads.MapAuditLog<ShippingDbContext>();
    }
}
