using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Orders.Tests")]
[assembly: InternalsVisibleTo("Commerce.IntegrationTests")]
