using IncidentBot.Alerts;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Interactions;
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
        services.AddSingleton<IncidentAlertLinks>();
        services.AddSingleton<IWorkHandler, AlertBookmarksHandler>();
        services.AddSingleton<HookEndpoint>();
        services.AddSingleton<IWorkHandler, AlertDeclareHandler>();
        services.AddSingleton<IWorkHandler, TriageMessageHandler>();
        services.AddSingleton<IWorkHandler, AlertsClearedHandler>();
        services.AddSingleton<IWorkHandler, TriageReminderHandler>();
        services.AddSingleton<AlertButton>();
        services.AddSingleton<IBlockActionHandler, AcknowledgeAlertAction>();
        services.AddSingleton<IBlockActionHandler, DeclareAlertAction>();
        services.AddSingleton<AlertModalOpener>();
        services.AddSingleton<IBlockActionHandler, LinkAlertAction>();
        services.AddSingleton<IBlockActionHandler, DeclineAlertAction>();
        services.AddSingleton<IViewSubmissionHandler, LinkAlertSubmission>();
        services.AddSingleton<IViewSubmissionHandler, DeclineAlertSubmission>();
        return builder;
    }
}
