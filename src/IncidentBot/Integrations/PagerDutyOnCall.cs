namespace IncidentBot.Integrations;

/// <summary>
/// Who PagerDuty's schedule has on call, as Slack members, lowest escalation level first; <see cref="Problem"/> (in the
/// workspace's words) says why someone on call could not be paged, or why nobody could be read; <see cref="Unread"/> is
/// set, to why PagerDuty could not be read (a status, no answer, too slow), only when it could not.
/// </summary>
public sealed record PagerDutyOnCall(IReadOnlyList<string> UserIds, string? Problem, string? Unread = null);
