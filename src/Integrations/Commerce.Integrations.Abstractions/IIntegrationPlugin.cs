using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Integrations.Abstractions;

/// <summary>A plugin the host lists: it registers its adapter (and its HTTP transport) in the container.</summary>
public interface IIntegrationPlugin
{
    PluginMetadata Metadata { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);
}
