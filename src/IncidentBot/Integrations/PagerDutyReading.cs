using IncidentBot.Core.Integrations;

namespace IncidentBot.Integrations;

/// <summary>A webhook body as read: the notice to record (null for an event the timeline does not take), or why it is malformed.</summary>
public sealed record PagerDutyReading(PagerDutyNotice? Notice, string? Problem);
