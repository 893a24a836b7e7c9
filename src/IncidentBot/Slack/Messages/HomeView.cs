using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The App Home tab, in the viewer's words: the open incidents they may see, worst first, as many as a view holds.
/// </summary>
public static class HomeView
{
    public static JsonObject Build(Words words, IReadOnlyList<Incident> open, SeverityLadder ladder)
    {
        var head = new List<JsonObject> { Blocks.Header(words["home.header"]) };
        if (open.Count == 0)
        {
            head.Add(Blocks.Section(words["home.none"]));
        }

        var listed = open.OrderBy(i => ladder.TryParse(i.SeverityKey, out var s) ? s.Rank : int.MaxValue)
            .ThenBy(i => i.DeclaredAt).Select(i => Blocks.Section(Line(words, i))).ToList();
        var (blocks, _) = MessageBudget.View.Fit(head, listed,
            n => Blocks.Context(words.Count("home.more", n)),
            [Blocks.Context(words["home.help"])]);
        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }

    private static string Line(Words words, Incident incident) => words.Text("home.line",
        ("reference", incident.Reference),
        ("severity", incident.SeverityKey.ToUpperInvariant()),
        ("status", words.Status(incident.Status)),
        ("title", PersonText.Mrkdwn(incident.Title)),
        ("channel", incident.ChannelId is { } c ? SlackText.Channel(c) : words["home.channel_pending"]),
        ("commander", SlackText.User(words, incident.Commander)),
        ("declared", SlackText.Date(incident.DeclaredAt)));
}
