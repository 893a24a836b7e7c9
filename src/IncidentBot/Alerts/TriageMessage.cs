using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Alerts;

/// <summary>
/// An alert's triage message: what fired, how often, and — while it is undecided — Acknowledge, Declare…, Link to INC-n…
/// and Decline…; once decided, who decided what. The service its service label names is shown when it had one. The source
/// is the hook's name, an identifier the same in every language, shown as code. Everything from the alert passes the mention fence.
/// </summary>
public static class TriageMessage
{
    public const string EventType = "incidentbot_alert_triage";
    public const string AcknowledgeAction = "alert_acknowledge";
    public const string DeclareAction = "alert_declare";
    public const string LinkAction = "alert_link";
    public const string DeclineAction = "alert_decline";

    public static (string Text, JsonArray Blocks) Build(Words words, AlertRecord alert, Severity severity, string? incidentReference)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(alert);
        var title = SlackText.Escape(alert.Title);
        var text = words.Text("alert.triage.headline", ("title", title));
        var fields = new List<string>
        {
            $"*{words["alert.triage.severity"]}*\n{severity.DisplayKey}",
            $"*{words["alert.triage.source"]}*\n`{alert.Source}`",
            $"*{words["alert.triage.fired"]}*\n{words.Count("alert.triage.times", alert.FireCount)}",
            $"*{words["alert.triage.status"]}*\n{words[alert.StatusValue == AlertStatus.Firing ? "alert.triage.firing" : "alert.triage.resolved"]}",
        };
        if (alert.Service is { Length: > 0 } service)
        {
            fields.Add($"*{words["alert.triage.service"]}*\n{SlackText.Escape(service)}");
        }

        var blocks = new List<JsonObject> { Blocks.Section($":rotating_light: *{text}*"), Blocks.Fields([.. fields]) };
        if (alert.Description is { Length: > 0 } description)
        {
            blocks.Add(Blocks.Section(SlackText.Truncate(SlackText.Escape(description), 2900)));
        }

        if (alert.Url is { } url)
        {
            blocks.Add(Blocks.Context($"<{url}|{words["alert.triage.source_link"]}>"));
        }

        blocks.Add(State(words, alert, incidentReference) is { } state ? Blocks.Context(state) : Actions(words, alert));
        if (alert.IsUndecided && alert.AcknowledgedBy is { } acknowledged)
        {
            blocks.Add(Blocks.Context(words.Text("alert.triage.acknowledged_by", ("user", SlackText.User(acknowledged)))));
        }

        return (text, Blocks.Array(blocks));
    }

    private static JsonObject Actions(Words words, AlertRecord alert)
    {
        var id = alert.Id.ToString(CultureInfo.InvariantCulture);
        var buttons = new List<JsonObject>();
        if (alert.AcknowledgedBy is null)
        {
            buttons.Add(Blocks.Button(AcknowledgeAction, words["alert.triage.acknowledge"], id, "primary"));
        }

        buttons.Add(Blocks.Button(DeclareAction, words["alert.triage.declare"], id));
        buttons.Add(Blocks.Button(LinkAction, words["alert.triage.link"], id));
        buttons.Add(Blocks.Button(DeclineAction, words["alert.triage.decline"], id, "danger"));
        return Blocks.Actions("alert_triage", [.. buttons]);
    }

    private static string? State(Words words, AlertRecord alert, string? incidentReference) => alert.TriageValue switch
    {
        AlertTriage.Declared => words.Text("alert.triage.declared", ("reference", incidentReference ?? "?"), ("user", SlackText.User(words, alert.DecidedBy))),
        AlertTriage.Linked => words.Text("alert.triage.linked", ("reference", incidentReference ?? "?"), ("user", SlackText.User(words, alert.DecidedBy))),
        AlertTriage.Declined when alert.DeclineNote is { Length: > 0 } note => words.Text("alert.triage.declined_note",
            ("reason", Reason(words, alert.DeclineReason)), ("note", SlackText.Escape(note)), ("user", SlackText.User(words, alert.DecidedBy))),
        AlertTriage.Declined => words.Text("alert.triage.declined", ("reason", Reason(words, alert.DeclineReason)), ("user", SlackText.User(words, alert.DecidedBy))),
        _ => null,
    };

    /// <summary>A decline reason in the reader's words (a stored reason of an older form as it was stored, fenced).</summary>
    public static string Reason(Words words, string? reason) => reason is not null && AlertDeclineReasons.All.Contains(reason)
        ? words[$"alert.decline.{reason}"]
        : SlackText.Escape(reason ?? "");
}
