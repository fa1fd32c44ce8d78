using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.Shopify.Tests")]
