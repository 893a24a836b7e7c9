using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.StatusPage;

/// <summary>
/// The first-external-communication clock: on the rungs that need one, if nothing is public <c>within</c> after declaring,
/// the IC and comms lead are reminded (mark 1); one period later, still nothing, it is escalated (mark 2). It stops once
/// something is published, the incident is resolved, or its rung no longer needs it; private and security incidents
/// never publish, so never have one.
/// </summary>
public static class FirstMessagePolicy
{
    public const int EscalationMark = 2;

    /// <summary>When the clock fires next; null when it has stopped.</summary>
    public static DateTimeOffset? NextDue(Incident incident, bool needed, TimeSpan within, int remindersSent, bool published)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (!needed || published || !incident.IsOpen || !PublicRecord.MayPublish(incident) || remindersSent >= EscalationMark)
        {
            return null;
        }

        return incident.DeclaredAt + (within * (remindersSent + 1));
    }

    /// <summary>The mark due at <paramref name="now"/>, or null when none is.</summary>
    public static int? Due(Incident incident, bool needed, TimeSpan within, int remindersSent, bool published, DateTimeOffset now) =>
        NextDue(incident, needed, within, remindersSent, published) is { } at && at <= now ? remindersSent + 1 : null;
}
