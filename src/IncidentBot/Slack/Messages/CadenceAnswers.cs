using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of every answer about updates, severity changes and snoozing, in one place.</summary>
public static class CadenceAnswers
{
    public static string UpdateUsage(Words words) => words["cadence.update_usage"];

    public static string SnoozeUsage(Words words, Severity severity) => severity.UpdateCadence is { } cadence
        ? words.Text("cadence.snooze_usage", ("cadence", words.Duration(cadence)), ("severity", severity.DisplayKey))
        : words["cadence.snooze_usage_any"];

    /// <summary>For <c>/incident snooze</c> with text that is no duration: what was typed, then the usage.</summary>
    public static string NotADuration(Words words, string typed, Severity severity) => typed.Length == 0
        ? SnoozeUsage(words, severity)
        : words.Text("cadence.not_a_duration", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("usage", SnoozeUsage(words, severity)));

    public static string UpdatePosted(Words words, Incident incident, StatusUpdate update) => words.Text("cadence.update_posted",
        ("number", update.Number), ("reference", incident.Reference), ("status", words.Status(update.Status)));

    public static string Resolved(Words words, Incident incident) => words.Text("cadence.resolved", ("reference", incident.Reference));

    public static string SeverityUsage(Words words, SeverityLadder ladder) =>
        words.Text("cadence.severity_usage", ("keys", ladder.DescribeKeys(words)));

    public static string UnknownSeverity(Words words, string typed, SeverityLadder ladder) => words.Text("cadence.unknown_severity",
        ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("keys", ladder.DescribeKeys(words)));

    /// <summary>Who may change the severity: the IC, and an admin only when some are configured (IncidentBot__Admins).</summary>
    public static string NotPermitted(Words words, PermissionDecision decision)
    {
        var who = decision.Commander is { } ic ? words.Text("cadence.commander_named", ("commander", SlackText.User(ic))) : words["cadence.commander"];
        var admins = decision.Admins.Count == 0 ? "" : words.Text("cadence.or_admins", ("admins", string.Join(", ", decision.Admins.Select(SlackText.User))));
        return words.Text("cadence.not_permitted", ("who", who), ("admins", admins));
    }

    public static string SeverityResult(Words words, SeverityChangeResult result)
    {
        var reference = ("reference", (object?)result.Incident.Reference);
        var severity = ("severity", (object?)result.Incident.SeverityKey.ToUpperInvariant());
        return result.Outcome switch
        {
            SeverityChangeOutcome.Changed => words.Text("cadence.severity_changed", reference, severity),
            SeverityChangeOutcome.AlreadyThatSeverity => words.Text("cadence.severity_same", reference, severity),
            SeverityChangeOutcome.Resolved => words.Text("cadence.severity_resolved", reference),
            SeverityChangeOutcome.PrivateSeverityOnPublicIncident => PrivateSeverityRefused(words, result.Incident, result.Requested!),
            _ => NotPermitted(words, result.Permission),
        };
    }

    /// <summary>Why a public incident cannot take a severity that is private by default, and what to do instead.</summary>
    public static string PrivateSeverityRefused(Words words, Incident incident, Severity severity) => words.Text("cadence.private_severity",
        ("severity", severity.DisplayKey), ("reference", incident.Reference), ("key", severity.Key));

    public static string SnoozeResult(Words words, SnoozeResult result)
    {
        var reference = ("reference", (object?)result.Incident.Reference);
        var severity = ("severity", (object?)result.Severity.DisplayKey);
        return result.Decision.Refusal switch
        {
            null => words.Text("cadence.snoozed", reference, ("time", SlackText.Time(result.Decision.Until))),
            SnoozeRefusal.Resolved => words.Text("cadence.snooze_resolved", reference),
            SnoozeRefusal.NoCadence => words.Text("cadence.snooze_no_cadence", severity),
            SnoozeRefusal.TooLong => words.Text("cadence.snooze_too_long",
                ("cadence", words.Duration(result.Severity.UpdateCadence!.Value)), severity, ("usage", SnoozeUsage(words, result.Severity))),
            _ => words.Text("cadence.snooze_again", ("time", SlackText.Time(result.Decision.Until))),
        };
    }

    public static string NoIncident(Words words) => words["cadence.no_incident"];
}
