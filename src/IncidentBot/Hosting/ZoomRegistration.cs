using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Zoom: a meeting created from the work queue as the video bridge of incidents declared at the configured severities.</summary>
public static class ZoomRegistration
{
    /// <summary>How long one call may take before it is retried.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public static WebApplicationBuilder AddZoom(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ZoomMeetingStore>();
        services.AddSingleton<ZoomDispatch>();
        services.AddHttpClient<ZoomClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("zoom");
        services.AddSingleton<IWorkHandler, ZoomMeetingHandler>();
        return builder;
    }
}
