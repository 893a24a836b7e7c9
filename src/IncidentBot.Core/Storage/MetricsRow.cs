using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>An incident as the metrics query reads it, with its IC, update, severity and role timeline entries.</summary>
public sealed class MetricsRow
{
    public long Id { get; set; }
    public long Number { get; set; }
    public string Title { get; set; } = "";
    public string Severity { get; set; } = "";
    public string? IncidentType { get; set; }
    public long IsPrivate { get; set; }
    public long DeclaredAt { get; set; }
    public long? MitigatedAt { get; set; }
    public long? ResolvedAt { get; set; }
    public string Stage { get; set; } = "";
    public string? Outcome { get; set; }
    public long? CommanderAssignedAt { get; set; }

    /// <summary>When the first alert tied to it fired (its earliest "Alert fired" timeline entry), if any was.</summary>
    public long? FirstAlertAt { get; set; }
    public long PostmortemRequested { get; set; }
    public long ActionsTotal { get; set; }
    public long ActionsDone { get; set; }
    public long? FirstAckedAt { get; set; }
    public long Pages { get; set; }
    public long PagesUnanswered { get; set; }

    /// <summary>The services affected, as the latest update that named them gave them (free text, comma-separated).</summary>
    public string? Services { get; set; }

    /// <summary>The root cause the latest resolution recorded.</summary>
    public string? RootCause { get; set; }
    public IReadOnlyList<TimelineEntry> Timeline { get; set; } = [];
}
