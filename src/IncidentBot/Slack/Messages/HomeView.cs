using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The App Home tab: the open incidents the viewer may see, worst first, within the 100-block limit.</summary>
public static class HomeView
{
    private const int MaxIncidents = 45;

    public static JsonObject Build(IReadOnlyList<Incident> open, SeverityLadder ladder)
    {
        var blocks = new List<JsonObject> { Blocks.Header("Open incidents") };
        if (open.Count == 0)
        {
            blocks.Add(Blocks.Section("No open incidents. :tada: Declare one with `/incident declare sev1 <title>`."));
        }

        foreach (var incident in open.OrderBy(i => ladder.TryParse(i.SeverityKey, out var s) ? s.Rank : int.MaxValue)
                     .ThenBy(i => i.DeclaredAt).Take(MaxIncidents))
        {
            blocks.Add(Blocks.Section(Line(incident)));
        }

        if (open.Count > MaxIncidents)
        {
            blocks.Add(Blocks.Context($"… and {open.Count - MaxIncidents} more: `/incident list` shows them all."));
        }

        blocks.Add(Blocks.Context("`/incident help` lists every command."));
        return new JsonObject { ["type"] = "home", ["blocks"] = Blocks.Array(blocks) };
    }

    private static string Line(Incident incident)
    {
        var channel = incident.ChannelId is { } c ? SlackText.Channel(c) : "channel being created";
        return $"*{incident.Reference} · {incident.SeverityKey.ToUpperInvariant()} · {StatusText.Of(incident.Status)}* — " +
            $"{PersonText.Mrkdwn(incident.Title)}\n{channel} · IC {SlackText.User(incident.Commander)} · since {SlackText.Date(incident.DeclaredAt)}";
    }
}
