namespace IncidentBot.Core.StatusPage;

/// <summary>
/// A recorded first-external-communication reminder: its mark (1: remind the IC and comms lead; 2: escalate to the
/// severity's target), how long since declaring nothing has been public, and who is told.
/// </summary>
public sealed record FirstMessagePayload(int Mark, TimeSpan Waited, IReadOnlyList<string> Recipients, string? EscalationTarget)
{
    public bool IsEscalation => Mark >= FirstMessagePolicy.EscalationMark;
}
