using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The brief's line for linked incidents and open action items.</summary>
public static class BriefLinks
{
    public static string Describe(Incident incident)
    {
        var parts = new List<string>();
        if (incident.Links.Count > 0)
        {
            parts.Add(":link: Related: " + string.Join(", ", incident.Links.Select(n => $"INC-{n}")));
        }

        if (incident.OpenActionCount > 0)
        {
            parts.Add($":ballot_box_with_check: {incident.OpenActionCount} open action item{(incident.OpenActionCount == 1 ? "" : "s")} (`/incident actions`)");
        }

        return string.Join(" · ", parts);
    }
}
