namespace IncidentBot.Core.Metrics;

/// <summary>Loads a period's incidents, and the <see cref="InsightsBuilder.RecurrenceWindow"/> before it, and reports on them.</summary>
public sealed class InsightsService(MetricsService metrics)
{
    public async Task<InsightsReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, CancellationToken ct = default)
    {
        var loaded = await metrics.IncidentsAsync(from - InsightsBuilder.RecurrenceWindow, to, audience, ct);
        return InsightsBuilder.Build(loaded, from, to, metrics.SeverityOrder);
    }
}
