using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>How a status shows in messages besides its name (which <see cref="Core.Texts.Words.Status"/> says): its emoji.</summary>
public static class StatusText
{
    public static string Emoji(IncidentStatus status) => status switch
    {
        IncidentStatus.Resolved => ":white_check_mark:",
        IncidentStatus.Monitoring => ":eyes:",
        _ => ":rotating_light:",
    };
}
