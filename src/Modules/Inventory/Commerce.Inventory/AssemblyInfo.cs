using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Inventory.Tests")]
[assembly: InternalsVisibleTo("Commerce.IntegrationTests")]
