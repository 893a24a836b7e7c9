using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;

namespace IncidentBot.Integrations;

/// <summary>
/// The Alert API bodies (docs.opsgenie.com, "Create Alert", "Close Alert"): <c>message</c> (at most 130 characters),
/// <c>alias</c> (at most 512), <c>description</c> (at most 15000), <c>priority</c> P1–P5, <c>source</c>, <c>tags</c>
/// and <c>details</c>. A private incident's title and summary never leave Slack.
/// </summary>
public static class OpsgenieAlerts
{
    public const int MaxMessage = 130;
    public const int MaxDescription = 15000;
    public const string Source = "IncidentBot";

    public static JsonObject Create(Incident incident, SeverityLadder ladder, Words words)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(words);
        var severity = ladder.For(incident);
        var message = incident.IsPrivate
            ? words.Text("pagerduty.summary.private", ("reference", incident.Reference), ("severity", severity.DisplayKey))
            : words.Text("pagerduty.summary", ("reference", incident.Reference), ("severity", severity.DisplayKey), ("title", incident.Title.ReplaceLineEndings(" ")));
        var alert = new JsonObject
        {
            ["message"] = message.Length > MaxMessage ? message[..(MaxMessage - 1)] + "…" : message,
            ["alias"] = OpsgenieWorkKinds.Alias(incident.Number),
            ["priority"] = PriorityOf(ladder, incident.SeverityKey),
            ["source"] = Source,
            ["tags"] = new JsonArray("incidentbot", severity.DisplayKey),
            ["details"] = new JsonObject { ["incident"] = incident.Reference, ["severity"] = severity.DisplayKey },
        };
        if (!incident.IsPrivate && !string.IsNullOrWhiteSpace(incident.Summary))
        {
            alert["description"] = incident.Summary.Length > MaxDescription ? incident.Summary[..MaxDescription] : incident.Summary;
        }

        return alert;
    }

    public static JsonObject Close(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new JsonObject { ["source"] = Source, ["note"] = words["opsgenie.close_note"] };
    }

    /// <summary>Opsgenie's priority by the rung's place on the ladder: the worst is P1, then P2 … P5.</summary>
    public static string PriorityOf(SeverityLadder ladder, string severityKey)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var rank = ladder.All.ToList().FindIndex(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase));
        return "P" + (rank < 0 ? 5 : Math.Min(rank, 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
