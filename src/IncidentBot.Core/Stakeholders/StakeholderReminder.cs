using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// A recorded reminder that stakeholders are owed an update: its number in the run of missed ones, how many updates
/// they had had (so its effect keys are unique), when it fired, when the update was due, and the escalation it carries.
/// </summary>
public sealed record StakeholderReminder(int Missed, int Sent, DateTimeOffset FiredAt, DateTimeOffset DueAt, EscalationStep Escalation)
{
    public string Key => $"{Sent}:{Missed}";
}
