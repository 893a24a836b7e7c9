using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>How a status reads in messages.</summary>
public static class StatusText
{
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
