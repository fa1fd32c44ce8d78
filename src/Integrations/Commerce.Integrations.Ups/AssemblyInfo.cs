using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.Ups.Tests")]
