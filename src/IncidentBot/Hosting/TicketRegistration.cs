using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Jobs;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>
/// Jira or Linear (action items filed as issues from the work queue, and the poll that marks items done when their issues close)
/// and Confluence (reviewed post-mortems published as pages from the work queue). Each is idle until its settings are present.
/// </summary>
public static class TicketRegistration
{
    /// <summary>How long one call may take before it is retried.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    public static WebApplicationBuilder AddTickets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<TicketStore>();
        services.AddSingleton<PostmortemPageStore>();
        services.AddHttpClient<JiraClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("jira");
        services.AddHttpClient<LinearClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("linear");
        services.AddHttpClient<ConfluenceClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("confluence");
        services.AddSingleton<IWorkHandler, JiraFileIssueHandler>();
        services.AddSingleton<IWorkHandler, LinearFileIssueHandler>();
        services.AddSingleton<IWorkHandler, ConfluencePublishHandler>();
        services.AddHostedService<TicketPollSchedule>();
        return builder;
    }
}
