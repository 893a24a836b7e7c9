using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;

namespace IncidentBot.Integrations;

/// <summary>
/// The Events API v2 bodies (developer.pagerduty.com, "Send an Alert Event"): <c>routing_key</c>, <c>event_action</c>,
/// <c>dedup_key</c> and, for a trigger, a <c>payload</c> with <c>summary</c> (at most 1024 characters), <c>source</c>,
/// <c>severity</c> (critical, error, warning or info) and <c>custom_details</c>. A private incident's title and
/// summary never leave Slack: its summary says only that it is private.
/// </summary>
public static class PagerDutyEvents
{
    public const int MaxSummary = 1024;
    public const string Source = "IncidentBot";

    private static readonly string[] Severities = ["critical", "error", "warning", "info"];

    public static JsonObject Trigger(string routingKey, Incident incident, SeverityLadder ladder, Words words)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(words);
        var severity = ladder.For(incident);
        var summary = incident.IsPrivate
            ? words.Text("pagerduty.summary.private", ("reference", incident.Reference), ("severity", severity.DisplayKey))
            : words.Text("pagerduty.summary", ("reference", incident.Reference), ("severity", severity.DisplayKey), ("title", incident.Title.ReplaceLineEndings(" ")));
        var details = new JsonObject { ["incident"] = incident.Reference, ["severity"] = severity.DisplayKey };
        if (!incident.IsPrivate && !string.IsNullOrWhiteSpace(incident.Summary))
        {
            details["summary"] = incident.Summary;
        }

        return new JsonObject
        {
            ["routing_key"] = routingKey,
            ["event_action"] = "trigger",
            ["dedup_key"] = PagerDutyKeys.DedupKey(incident.Number),
            ["payload"] = new JsonObject
            {
                ["summary"] = summary.Length > MaxSummary ? summary[..(MaxSummary - 1)] + "…" : summary,
                ["source"] = Source,
                ["severity"] = SeverityOf(ladder, incident.SeverityKey),
                ["timestamp"] = incident.DeclaredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["custom_details"] = details,
            },
        };
    }

    public static JsonObject Resolve(string routingKey, int incidentNumber) => new()
    {
        ["routing_key"] = routingKey,
        ["event_action"] = "resolve",
        ["dedup_key"] = PagerDutyKeys.DedupKey(incidentNumber),
    };

    /// <summary>PagerDuty's severity by the rung's place on the ladder: the worst is critical, then error, warning, info.</summary>
    public static string SeverityOf(SeverityLadder ladder, string severityKey)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var rank = ladder.All.ToList().FindIndex(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase));
        return Severities[rank < 0 ? Severities.Length - 1 : Math.Min(rank, Severities.Length - 1)];
    }
}
