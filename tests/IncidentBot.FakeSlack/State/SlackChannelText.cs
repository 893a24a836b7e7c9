namespace IncidentBot.FakeSlack;

/// <summary>A channel topic or purpose: value, who set it and when (unix seconds).</summary>
public sealed record SlackChannelText(string Value, string Creator, long LastSet)
{
    public static SlackChannelText Empty { get; } = new(string.Empty, string.Empty, 0);
}
