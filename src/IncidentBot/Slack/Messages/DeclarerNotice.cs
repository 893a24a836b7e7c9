using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What the declarer is told (ephemerally, through the command's response URL, in their words) once provisioning ends,
/// and before that when Slack's limit on channel creation holds the channel back.
/// </summary>
public static class DeclarerNotice
{
    public static JsonObject Declared(Words words, Incident incident)
    {
        var where = incident.ChannelId is { } c ? SlackText.Channel(c) : words["declarer.no_channel"];
        var text = words.Text("declarer.declared", ("reference", incident.Reference), ("where", where));
        if (incident.PossiblyRelatedNumber is { } related)
        {
            text += words.Text("declarer.related", ("number", related.ToString(CultureInfo.InvariantCulture)));
        }

        return Ephemeral(text);
    }

    /// <summary>Slack's limit on channel creation holds the incident's channel back about <paramref name="wait"/>.</summary>
    public static JsonObject Delayed(Words words, Incident incident, TimeSpan wait) => Ephemeral(words.Text("declarer.delayed",
        ("reference", incident.Reference), ("seconds", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))));

    public static JsonObject Failed(Words words, Incident incident, string slackError) => Ephemeral(words.Text("declarer.failed",
        ("reference", incident.Reference), ("explanation", SlackErrors.Explain(words, slackError)), ("error", slackError)));

    private static JsonObject Ephemeral(string text) => new()
    {
        ["response_type"] = "ephemeral",
        ["replace_original"] = false,
        ["text"] = text,
    };
}
