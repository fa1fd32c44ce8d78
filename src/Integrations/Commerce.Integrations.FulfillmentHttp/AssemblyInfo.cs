using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.FulfillmentHttp.Tests")]
