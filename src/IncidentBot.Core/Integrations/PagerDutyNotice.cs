namespace IncidentBot.Core.Integrations;

/// <summary>
/// One PagerDuty webhook event as read: its id (a redelivery carries the same one), what happened, the dedup key of the
/// incident it happened to, who did it (a PagerDuty user's name, when a person did) and when.
/// </summary>
public sealed record PagerDutyNotice(string EventId, PagerDutyNoticeKind Kind, string? DedupKey, string? Agent, DateTimeOffset? OccurredAt);
