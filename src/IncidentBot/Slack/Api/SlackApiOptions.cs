namespace IncidentBot.Slack.Api;

/// <summary>Settings for the Slack Web API client, with their defaults in one place.</summary>
public sealed class SlackApiOptions
{
    public Uri BaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Bot token (<c>xoxb-</c>). Never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>App-level token (<c>xapp-</c>) for Socket Mode. Never logged.</summary>
    public string? AppToken { get; set; }

    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>Cap on the whole call, all attempts and waits included.</summary>
    public TimeSpan MaxTotalWait { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages a channel may receive back to back before pacing starts.</summary>
    public int PostMessageBurst { get; set; } = 3;

    /// <summary>Once the burst is spent, one message per channel per this interval.</summary>
    public TimeSpan PostMessageInterval { get; set; } = TimeSpan.FromSeconds(1);
}
