using IncidentBot.Monitoring;
using Prometheus;

namespace IncidentBot.Hosting;

/// <summary>
/// Wires the Prometheus metrics (<c>GET /metrics</c>): one registry per host, holding the bot's own metrics and the
/// standard <c>process_*</c> and <c>dotnet_*</c> ones, and the token that guards the endpoint when one is set.
/// </summary>
public static class MetricsRegistration
{
    public static WebApplicationBuilder AddMetrics(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(_ =>
        {
            var registry = Metrics.NewCustomRegistry();
            DotNetStats.Register(registry);
            return registry;
        });
        services.AddSingleton<IMetricFactory>(sp => Metrics.WithCustomRegistry(sp.GetRequiredService<CollectorRegistry>()));
        services.AddSingleton(MetricsAccess.From(builder.Configuration));
        services.AddSingleton<HttpMetrics>();
        services.AddSingleton<SlackCallMetrics>();
        services.AddSingleton<WorkMetrics>();
        services.AddSingleton<TimerMetrics>();
        services.AddSingleton<StoredStateGauges>();
        services.AddSingleton<MetricsScrape>();
        return builder;
    }
}
