using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Commerce.Integrations.TableRate.Tests")]
