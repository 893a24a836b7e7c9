namespace IncidentBot.Core.Storage;

/// <summary>
/// A recorded Slack side effect: <see cref="Attempted"/>, <see cref="Refused"/> or <see cref="Done"/>, with its result
/// and when it was recorded (Unix milliseconds; for an attempt, just before the call to Slack).
/// </summary>
public sealed record EffectRecord(string Key, string State, string? Value, long UpdatedAt)
{
    /// <summary>Called, with no answer recorded yet: the effect may or may not have happened.</summary>
    public const string Attempted = "attempted";

    /// <summary>Slack answered the latest attempt with an error: the effect did not happen.</summary>
    public const string Refused = "refused";

    public const string Done = "done";

    public bool IsDone => State == Done;

    public DateTimeOffset RecordedAt => UnixTime.FromUnixMs(UpdatedAt);
}
