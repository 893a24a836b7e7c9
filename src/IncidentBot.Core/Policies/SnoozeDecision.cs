namespace IncidentBot.Core.Policies;

/// <summary>A snooze's outcome: refused (and why), or the reminder's new due time.</summary>
public sealed record SnoozeDecision(SnoozeRefusal? Refusal, DateTimeOffset Until)
{
    public bool Allowed => Refusal is null;

    public static SnoozeDecision Refuse(SnoozeRefusal refusal, DateTimeOffset until = default) => new(refusal, until);
}
