namespace IncidentBot.Core.Storage;

/// <summary>
/// A recorded Slack side effect: <see cref="Attempted"/> or <see cref="Done"/>, with its result and when it was recorded
/// (Unix milliseconds; for an attempt, just before the call to Slack).
/// </summary>
public sealed record EffectRecord(string Key, string State, string? Value, long UpdatedAt)
{
    public const string Attempted = "attempted";
    public const string Done = "done";

    public bool IsDone => State == Done;

    public DateTimeOffset RecordedAt => UnixTime.FromUnixMs(UpdatedAt);
}
