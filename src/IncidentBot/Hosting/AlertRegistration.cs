using IncidentBot.Alerts;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Alerts in: the intake endpoint, the alert store and service, their queued work and triage buttons.</summary>
public static class AlertRegistration
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AlertStore>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<HookEndpoint>();
        services.AddSingleton<IWorkHandler, AlertDeclareHandler>();
        return builder;
    }
}
