using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of <c>/incident rename</c>'s answers.</summary>
public static class RenameAnswers
{
    public static string BadTitle(string problem) => $"{problem} Usage: `/incident rename <title>`.";

    public static string Unchanged(Incident incident) => $"{incident.Reference} is already called \"{PersonText.Mrkdwn(incident.Title)}\".";

    public static string Renamed(Incident incident, string title) =>
        $"{incident.Reference} is now \"{PersonText.Mrkdwn(title)}\". The brief, the feed headline and the channel purpose follow; the channel keeps its name.";
}
