using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// A recorded reminder: its number in the current run of missed updates, the anchor it counts from (so its effect keys
/// are unique), when it fired, the last update (or declaration) it reminds about, and the escalation it carries.
/// </summary>
public sealed record ReminderPayload(int Missed, long AnchorMs, DateTimeOffset FiredAt, DateTimeOffset LastUpdateAt, EscalationStep Escalation);
