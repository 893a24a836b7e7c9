using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Support;

/// <summary>Resolves host services in tests without importing DI namespaces everywhere.</summary>
public static class ServiceProviderExtensions
{
    public static T GetRequiredServiceOf<T>(this IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();
}
