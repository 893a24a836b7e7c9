using IncidentBot.Core.Integrations;
using IncidentBot.Integrations;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>PagerDuty: events sent from the work queue on declare and resolve, its webhook at <c>/hooks/pagerduty</c>, and its schedule's on-call.</summary>
public static class PagerDutyRegistration
{
    /// <summary>How long one event may take before it is retried.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>How long reading the schedule's on-call may take: a page (or someone's <c>/incident oncall</c>) waits for it, so it falls back soon.</summary>
    public static readonly TimeSpan OncallTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddPagerDuty(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<PagerDutyDispatch>();
        services.AddSingleton<PagerDutyFeedback>();
        services.AddHttpClient<PagerDutyClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("pagerduty");
        services.AddHttpClient<PagerDutyOncalls>(client => client.Timeout = OncallTimeout).RecordsCallsAs("pagerduty");
        services.AddSingleton<IWorkHandler, PagerDutyTriggerHandler>();
        services.AddSingleton<IWorkHandler, PagerDutyResolveHandler>();
        services.AddSingleton<IWorkHandler, Oncall.PagerDutyOncallAnswerHandler>();
        services.AddSingleton<PagerDutyHookEndpoint>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPagerDutyHook(this IEndpointRouteBuilder app)
    {
        app.MapPost(PagerDutyHookEndpoint.Path, (HttpContext http, PagerDutyHookEndpoint endpoint) => endpoint.HandleAsync(http)).DisableAntiforgery();
        return app;
    }
}
