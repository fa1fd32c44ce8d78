using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.EasyPost.Tests")]
