using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>How a status shows in messages: its emoji, and its English name for callers not yet given words.</summary>
public static class StatusText
{
    /// <summary>The English name; <see cref="Core.Texts.Words.Status"/> says it in the reader's language.</summary>
    public static string Of(IncidentStatus status) => status switch
    {
        IncidentStatus.Investigating => "Investigating",
        IncidentStatus.Identified => "Identified",
        IncidentStatus.Mitigating => "Mitigating",
        IncidentStatus.Monitoring => "Monitoring",
        IncidentStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };

    public static string Emoji(IncidentStatus status) => status switch
    {
        IncidentStatus.Resolved => ":white_check_mark:",
        IncidentStatus.Monitoring => ":eyes:",
        _ => ":rotating_light:",
    };
}
