namespace IncidentBot.Core.Alerts;

/// <summary>An alert as stored (the <c>alerts</c> table), times in unix milliseconds as stored.</summary>
public sealed class AlertRecord
{
    public long Id { get; init; }
    public string Source { get; init; } = "";
    public string Fingerprint { get; init; } = "";
    public string Status { get; init; } = "";
    public string Triage { get; init; } = "";
    public string Title { get; init; } = "";
    public string? SeverityKey { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public long FirstFiredAt { get; init; }
    public long LastFiredAt { get; init; }
    public long? ResolvedAt { get; init; }
    public long FireCount { get; init; }
    public long AutoDeclare { get; init; }
    public long? IncidentId { get; init; }
    public string? AcknowledgedBy { get; init; }
    public string? DecidedBy { get; init; }
    public string? DeclineReason { get; init; }
    public string? DeclineNote { get; init; }
    public string? TriageTs { get; init; }
    public long ReceivedAt { get; init; }

    /// <summary>The links it came with, as <see cref="AlertLink.Serialize"/> stores them.</summary>
    public string? Links { get; init; }

    /// <summary>The value of its source's service label, when it had one.</summary>
    public string? Service { get; init; }

    public IReadOnlyList<AlertLink> LinkList => AlertLink.Parse(Links);

    public AlertStatus StatusValue => Enum.Parse<AlertStatus>(Status);

    public AlertTriage TriageValue => Enum.Parse<AlertTriage>(Triage);

    /// <summary>Still waiting for someone to declare, link or decline it.</summary>
    public bool IsUndecided => TriageValue is AlertTriage.Triage or AlertTriage.Acknowledged;

    public DateTimeOffset FiredAt => DateTimeOffset.FromUnixTimeMilliseconds(FirstFiredAt);
}
