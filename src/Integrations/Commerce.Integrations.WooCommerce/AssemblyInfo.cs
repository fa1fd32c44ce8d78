using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.WooCommerce.Tests")]
