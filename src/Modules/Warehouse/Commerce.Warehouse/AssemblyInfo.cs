using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Warehouse.Tests")]
[assembly: InternalsVisibleTo("Commerce.IntegrationTests")]
[assembly: InternalsVisibleTo("Commerce.Benchmarks")]
