namespace IncidentBot.Core.Incidents;

/// <summary>A recorded reminder of the outstanding initial assessment: when it was due and when the reminder fired.</summary>
public sealed record AssessmentReminderPayload(DateTimeOffset DueAt, DateTimeOffset FiredAt);
