using IncidentBot.Core.Storage;
using IncidentBot.Integrations;

namespace IncidentBot.Hosting;

/// <summary>Makes an integration's HTTP client record each call's outcome under the integration's name.</summary>
public static class IntegrationCallRegistration
{
    public static IHttpClientBuilder RecordsCallsAs(this IHttpClientBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddHttpMessageHandler(services => new IntegrationCallRecorder(
            name, services.GetRequiredService<IntegrationCallStore>(), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<IntegrationCallRecorder>>()));
    }
}
