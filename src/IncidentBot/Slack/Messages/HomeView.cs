using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The App Home tab: the open incidents the viewer may see, worst first, as many as a view holds.</summary>
public static class HomeView
{
    public static JsonObject Build(IReadOnlyList<Incident> open, SeverityLadder ladder)
    {
        var head = new List<JsonObject> { Blocks.Header("Open incidents") };
        if (open.Count == 0)
        {
            head.Add(Blocks.Section("No open incidents. :tada: Declare one with `/incident declare sev1 <title>`."));
        }

        var listed = open.OrderBy(i => ladder.TryParse(i.SeverityKey, out var s) ? s.Rank : int.MaxValue)
            .ThenBy(i => i.DeclaredAt).Select(i => Blocks.Section(Line(i))).ToList();
        var (blocks, _) = MessageBudget.View.Fit(head, listed,
            n => Blocks.Context($"… and {n} more, less severe or declared later."),
            [Blocks.Context("`/incident help` lists every command.")]);
        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }

    private static string Line(Incident incident)
    {
        var channel = incident.ChannelId is { } c ? SlackText.Channel(c) : "channel being created";
        return $"*{incident.Reference} · {incident.SeverityKey.ToUpperInvariant()} · {StatusText.Of(incident.Status)}* — " +
            $"{PersonText.Mrkdwn(incident.Title)}\n{channel} · IC {SlackText.User(incident.Commander)} · since {SlackText.Date(incident.DeclaredAt)}";
    }
}
