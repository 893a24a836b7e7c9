using IncidentBot.Core.Texts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Metrics;

/// <summary>Loads the incidents declared in the last <c>days</c> days and reports on them.</summary>
public sealed class MetricsService(MetricsStore store, SeverityLadder ladder, RoleCatalog roles, Words words, TimeProvider time)
{
    /// <summary>Every incident declared in the window.</summary>
    public Task<StatsReport> ReportAsync(int days, CancellationToken ct = default) => ReportAsync(days, null, ct);

    /// <summary>
    /// The window as <paramref name="viewer"/> may see it (<c>/incident stats</c>): a security incident counts only for
    /// its members; for anyone else it is left out of every count, mean and rate, so nothing shows that it exists.
    /// </summary>
    public async Task<StatsReport> ReportAsync(int days, string? viewer, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await store.DeclaredSinceAsync(now - TimeSpan.FromDays(days), viewer, ct);
        var incidents = ToMetrics(rows, now);
        return IncidentMetrics.Report(incidents, SeverityOrder, days);
    }

    /// <summary>The severity keys, worst first.</summary>
    public IReadOnlyList<string> SeverityOrder => ladder.All.Select(s => s.Key).ToList();

    /// <summary>
    /// The incidents declared in [<paramref name="from"/>, <paramref name="to"/>) as <paramref name="audience"/> may count
    /// them; with <paramref name="taggedOnly"/>, only those with a root-cause tag (see <see cref="MetricsStore.DeclaredBetweenAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<MetricsIncident>> IncidentsAsync(DateTimeOffset from, DateTimeOffset to, MetricsAudience audience, bool taggedOnly = false,
        CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await store.DeclaredBetweenAsync(from, to, audience, taggedOnly, ct);
        return ToMetrics(rows, now);
    }

    private List<MetricsIncident> ToMetrics(IReadOnlyList<MetricsRow> rows, DateTimeOffset now)
    {
        // Role entries are written in the workspace's language: the commander is found by either name.
        string[] commander = [roles.Commander.Name, words.RoleName(roles.Commander)];

        // A window's incidents name the same few services over and over: each text is split once.
        var services = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var incidents = new List<MetricsIncident>(rows.Count);
        foreach (var row in rows)
        {
            IReadOnlyList<string> named = [];
            if (row.Services is { } text && !services.TryGetValue(text, out named!))
            {
                services[text] = named = RecurrenceKeys.Services(text);
            }

            incidents.Add(ToMetrics(row, now, commander, named));
        }

        return incidents;
    }

    private MetricsIncident ToMetrics(MetricsRow row, DateTimeOffset now, string[] commander, IReadOnlyList<string> services)
    {
        var declared = UnixTime.FromUnixMs(row.DeclaredAt);
        var resolved = UnixTime.FromUnixMs(row.ResolvedAt);
        var severities = ladder.TryParse(row.Severity, out var severity)
            ? SeverityHistory.Periods(declared, ladder.For(severity, row.IncidentType), row.Timeline, ladder, row.IncidentType)
            : [new SeverityPeriod(declared, row.Severity.ToUpperInvariant(), null)];
        var stage = Enum.Parse<IncidentStage>(row.Stage);
        return new MetricsIncident(
            (int)row.Number, row.Severity, row.IsPrivate != 0, declared,
            CommanderTiming.FirstAssigned(UnixTime.FromUnixMs(row.CommanderAssignedAt), row.Timeline, commander),
            UnixTime.FromUnixMs(row.MitigatedAt), resolved,
            UpdateTiming.WhileOpen(declared, resolved ?? now, severities, row.Timeline),
            row.PostmortemRequested != 0 || stage != IncidentStage.Active,
            stage == IncidentStage.Closed,
            (int)row.ActionsTotal, (int)row.ActionsDone,
            row.Outcome is { } outcome ? Enum.Parse<IncidentOutcome>(outcome) : null,
            UnixTime.FromUnixMs(row.FirstAlertAt), UnixTime.FromUnixMs(row.FirstAckedAt), (int)row.Pages, (int)row.PagesUnanswered)
        {
            Title = row.Title,
            Services = services,
            RootCauseTags = RecurrenceKeys.Tags(row.RootCause),
        };
    }
}
