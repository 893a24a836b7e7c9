using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Atlassian Statuspage: public messages and resolutions synced to a Statuspage incident from the work queue.</summary>
public static class StatuspageSyncRegistration
{
    /// <summary>How long one call may take before it is retried.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public static WebApplicationBuilder AddStatuspage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<StatuspageSyncStore>();
        services.AddSingleton<IntegrationLinks>();
        services.AddSingleton<StatuspageDispatch>();
        services.AddHttpClient<StatuspageClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("statuspage");
        services.AddSingleton<IWorkHandler, StatuspageSyncHandler>();
        return builder;
    }
}
