using IncidentBot.Core.Integrations;
using IncidentBot.Integrations;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Opsgenie: alerts created and closed from the work queue on declare and resolve, and its webhook at <c>/hooks/opsgenie</c>.</summary>
public static class OpsgenieRegistration
{
    /// <summary>How long one call may take before it is retried.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public static WebApplicationBuilder AddOpsgenie(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<OpsgenieDispatch>();
        services.AddSingleton<OpsgenieFeedback>();
        services.AddHttpClient<OpsgenieClient>(client => client.Timeout = CallTimeout).RecordsCallsAs("opsgenie");
        services.AddSingleton<IWorkHandler, OpsgenieCreateHandler>();
        services.AddSingleton<IWorkHandler, OpsgenieCloseHandler>();
        services.AddSingleton<OpsgenieHookEndpoint>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOpsgenieHook(this IEndpointRouteBuilder app)
    {
        app.MapPost(OpsgenieHookEndpoint.Path, (HttpContext http, OpsgenieHookEndpoint endpoint) => endpoint.HandleAsync(http)).DisableAntiforgery();
        return app;
    }
}
