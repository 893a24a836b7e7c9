namespace IncidentBot.Core.Storage;

/// <summary>A recorded Slack side effect: <see cref="Attempted"/> or <see cref="Done"/>, with its result.</summary>
public sealed record EffectRecord(string Key, string State, string? Value)
{
    public const string Attempted = "attempted";
    public const string Done = "done";

    public bool IsDone => State == Done;
}
