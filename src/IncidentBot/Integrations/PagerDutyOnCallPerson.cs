namespace IncidentBot.Integrations;

/// <summary>One on-call entry of PagerDuty's schedule: the PagerDuty user's name and email, and their escalation level.</summary>
public sealed record PagerDutyOnCallPerson(string Name, string? Email, int Level);
