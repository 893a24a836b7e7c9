using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of <c>/incident rename</c>'s answers.</summary>
public static class RenameAnswers
{
    public static string BadTitle(Words words, string problem) => words.Text("rename.bad_title", ("problem", problem));

    public static string Unchanged(Words words, Incident incident) =>
        words.Text("rename.unchanged", ("reference", incident.Reference), ("title", PersonText.Mrkdwn(incident.Title)));

    public static string Renamed(Words words, Incident incident, string title) =>
        words.Text("rename.renamed", ("reference", incident.Reference), ("title", PersonText.Mrkdwn(title)));
}
