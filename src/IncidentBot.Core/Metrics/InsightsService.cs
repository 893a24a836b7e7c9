namespace IncidentBot.Core.Metrics;

/// <summary>
/// Loads a period's incidents, and those of the <see cref="InsightsBuilder.RecurrenceWindow"/> before it that a later one
/// can recur (a root cause with a tag), and reports on them.
/// </summary>
public sealed class InsightsService(MetricsService metrics)
{
    public async Task<InsightsReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, CancellationToken ct = default)
    {
        var earlier = await metrics.IncidentsAsync(from - InsightsBuilder.RecurrenceWindow, from, audience, taggedOnly: true, ct);
        var period = await metrics.IncidentsAsync(from, to, audience, ct: ct);
        return InsightsBuilder.Build([.. earlier, .. period], from, to, metrics.SeverityOrder);
    }
}
