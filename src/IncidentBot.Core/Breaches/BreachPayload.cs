namespace IncidentBot.Core.Breaches;

/// <summary>
/// A breach reminder or deadline notice to send, as recorded when the clock fired: reminder <see cref="Mark"/> of
/// <see cref="Marks"/> (or the deadline), the deadline, and whom to tell by DM (the IC and the contact; none: the channel).
/// </summary>
public sealed record BreachPayload(bool IsDeadline, int Mark, int Marks, long DeadlineMs, long FiredAtMs, IReadOnlyList<string> Recipients)
{
    /// <summary>The effect key part that makes each notice posted once per recipient.</summary>
    public string Key => IsDeadline ? "deadline" : $"mark-{Mark}";
}
