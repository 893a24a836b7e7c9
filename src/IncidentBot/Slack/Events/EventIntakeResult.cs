namespace IncidentBot.Slack.Events;

/// <summary>What became of a delivered event envelope.</summary>
public abstract record EventIntakeResult
{
    public sealed record Challenge(string Value) : EventIntakeResult;

    public sealed record Accepted(bool Duplicate) : EventIntakeResult;

    public sealed record Ignored(string Type) : EventIntakeResult;

    public sealed record Malformed(string Reason) : EventIntakeResult;
}
