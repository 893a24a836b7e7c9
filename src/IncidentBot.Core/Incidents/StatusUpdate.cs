namespace IncidentBot.Core.Incidents;

/// <summary>One posted status update, numbered per incident, as recorded.</summary>
public sealed record StatusUpdate
{
    public required long IncidentId { get; init; }
    public required int Number { get; init; }
    public required string SeverityKey { get; init; }
    public required IncidentStatus Status { get; init; }
    public required IncidentStatus PreviousStatus { get; init; }
    public required string Summary { get; init; }
    public string? Impact { get; init; }
    public string? Hypothesis { get; init; }
    public string? NextSteps { get; init; }
    public string? Eta { get; init; }
    public string? Confidence { get; init; }

    /// <summary>When the next update is due, per this update; null for severities without a cadence.</summary>
    public DateTimeOffset? NextUpdateAt { get; init; }

    /// <summary>The template's further fields; <c>Details.Assessment</c> when this update was recorded as the initial assessment.</summary>
    public UpdateDetails Details { get; init; } = UpdateDetails.None;

    public required string PostedBy { get; init; }
    public required DateTimeOffset PostedAt { get; init; }
}
