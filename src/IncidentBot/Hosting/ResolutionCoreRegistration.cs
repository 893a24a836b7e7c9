using IncidentBot.Core.Breaches;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;

namespace IncidentBot.Hosting;

/// <summary>Core services for resolving, post-mortems, action items, links and metrics.</summary>
public static class ResolutionCoreRegistration
{
    public static IServiceCollection AddResolutionCore(this IServiceCollection services)
    {
        services.AddSingleton<ResolutionStore>();
        services.AddSingleton<ActionItemStore>();
        services.AddSingleton<PostmortemStore>();
        services.AddSingleton<MetricsStore>();
        services.AddSingleton<BreachStore>();
        services.AddSingleton<BreachService>();
        services.AddSingleton<ResolutionService>();
        services.AddSingleton<IncidentLinkService>();
        services.AddSingleton<OutcomeService>();
        services.AddSingleton<ActionItemService>();
        services.AddSingleton<PostmortemService>();
        services.AddSingleton<MetricsService>();
        services.AddSingleton<InsightsService>();
        return services;
    }
}
