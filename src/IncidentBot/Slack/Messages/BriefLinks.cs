using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The brief's line for linked incidents and open action items.</summary>
public static class BriefLinks
{
    public static string Describe(Words words, Incident incident)
    {
        var parts = new List<string>();
        if (incident.Links.Count > 0)
        {
            parts.Add(words.Text("brief.related", ("references", string.Join(", ", incident.Links.Select(n => $"INC-{n}")))));
        }

        if (incident.OpenActionCount > 0)
        {
            parts.Add(words.Count("brief.open_actions", incident.OpenActionCount));
        }

        return string.Join(" · ", parts);
    }
}
