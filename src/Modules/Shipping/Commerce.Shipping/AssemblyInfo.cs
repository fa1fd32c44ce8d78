using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Shipping.Tests")]
[assembly: InternalsVisibleTo("Commerce.IntegrationTests")]
[assembly: InternalsVisibleTo("Commerce.Benchmarks")]
