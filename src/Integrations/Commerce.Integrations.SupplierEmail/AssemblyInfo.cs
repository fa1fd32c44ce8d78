using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.SupplierEmail.Tests")]
