using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.IntegrationTests")]
