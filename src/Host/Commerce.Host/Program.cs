using Commerce.Host;
using Commerce.Host.Startup;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.EasyPost;
using Commerce.Integrations.FulfillmentHttp;
using Commerce.Integrations.SupplierEmail;
using Commerce.Integrations.Shopify;
using Commerce.Integrations.WooCommerce;
using Commerce.Integrations.TableRate;
using Commerce.Integrations.Ups;
using Commerce.Inventory;
using Commerce.Kernel;
using Commerce.Orders;
using Commerce.Shipping;
using Commerce.Storefronts;
using Commerce.Warehouse;
using JasperFx;

IModule[] modules =
[
    new InventoryModule(),
    new OrdersModule(),
    new WarehouseModule(),
    new ShippingModule(),
    new StorefrontsModule(),
];

// First-party plugins. Carrier accounts that use them are configured under Commerce:Shipping:Accounts, stores under
// Commerce:Storefronts:Stores, 3PLs and suppliers under Commerce:Fulfillment:Partners. Drop-in plugins are loaded
// besides these from the plugin folder, Commerce:Plugins:Folder (docs/connectors.md).
IIntegrationPlugin[] integrations =
[
    new EasyPostPlugin(),
    new UpsPlugin(),
    new TableRatePlugin(),
    new ShopifyPlugin(),
    new WooCommercePlugin(),
    new FulfillmentHttpPlugin(),
    new SupplierEmailPlugin(),
];

NativeHeap.Tune();

// --demo loads a small living shop into an empty database (the same as Commerce:Demo=true).
var demo = args.Contains("--demo");
args = args.Where(a => a != "--demo").ToArray();

// Settings are read at start (restart to apply a change). Reloading them on change would watch the content root and
// every folder below it, the database's among them, and wake on every write to it.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
if (demo) builder.Configuration["Commerce:Demo"] = "true";
builder.AddCommercePlatform(modules, integrations);

var app = builder.Build();
if (ApiKeyCommand.Matches(args)) return await ApiKeyCommand.RunAsync(app, args);
app.UseCommercePlatform(modules);

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
