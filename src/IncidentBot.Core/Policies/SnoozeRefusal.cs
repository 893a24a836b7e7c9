namespace IncidentBot.Core.Policies;

/// <summary>Why a snooze was refused.</summary>
public enum SnoozeRefusal
{
    Resolved,
    NoCadence,
    TooLong,
    AlreadySnoozed,
}
