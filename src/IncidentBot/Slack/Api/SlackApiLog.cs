using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Api;

/// <summary>Source-generated log messages for the Slack client. Never pass tokens or bodies here.</summary>
internal static partial class SlackApiLog
{
    [LoggerMessage(
        EventId = 4101,
        Level = LogLevel.Warning,
        Message = "Slack {SlackMethod} attempt {Attempt} failed with {Outcome}; retrying in {RetryDelay}")]
    public static partial void RetryScheduled(ILogger logger, string slackMethod, int attempt, string outcome, TimeSpan retryDelay);

    [LoggerMessage(
        EventId = 4102,
        Level = LogLevel.Error,
        Message = "Slack {SlackMethod} gave up with {SlackError}")]
    public static partial void GaveUp(ILogger logger, string slackMethod, string slackError);
}
