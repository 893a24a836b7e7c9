using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of every answer about updates, severity changes and snoozing, in one place.</summary>
public static class CadenceAnswers
{
    public const string UpdateUsage = "`/incident update` opens the update form; `/incident update <text>` posts a quick update with the status unchanged.";

    public static string SnoozeUsage(Severity severity) => severity.UpdateCadence is { } cadence
        ? $"Usage: `/incident snooze <duration>`, such as `30m`, `1h` or `90s`; at most one cadence ({SlackText.Duration(cadence)} for {severity.DisplayKey})."
        : "Usage: `/incident snooze <duration>`, such as `30m` or `1h`.";

    public static string UpdatePosted(Incident incident, StatusUpdate update) =>
        $"Posted update #{update.Number} for {incident.Reference} ({StatusText.Of(update.Status)}).";

    public static string Resolved(Incident incident) =>
        $"{incident.Reference} is resolved, so it takes no updates. Reopen it with `/incident reopen` first.";

    public static string SeverityUsage(SeverityLadder ladder) =>
        $"Usage: `/incident severity <severity> [reason]`, e.g. `/incident severity sev1 errors are spreading`. Severities: {ladder.DescribeKeys(Words.English)}.";

    public static string UnknownSeverity(string typed, SeverityLadder ladder) =>
        $"Unknown severity \"{SlackText.Escape(SlackText.Truncate(typed, 40))}\"; use {ladder.DescribeKeys(Words.English)}. Example: `/incident severity sev1 errors are spreading`.";

    public static string NotPermitted(PermissionDecision decision, string action)
    {
        var who = decision.Commander is { } ic ? $"the Incident Commander {SlackText.User(ic)}" : "the Incident Commander";
        // Names who can: an admin only when some are configured (IncidentBot__Admins).
        var admins = decision.Admins.Count == 0 ? "" : $" or an admin ({string.Join(", ", decision.Admins.Select(SlackText.User))})";
        return $"Only {who}{admins} can {action}.";
    }

    public static string SeverityResult(SeverityChangeResult result) => result.Outcome switch
    {
        SeverityChangeOutcome.Changed => $"{result.Incident.Reference} is now {result.Incident.SeverityKey.ToUpperInvariant()}.",
        SeverityChangeOutcome.AlreadyThatSeverity => $"{result.Incident.Reference} is already {result.Incident.SeverityKey.ToUpperInvariant()}; nothing changed.",
        SeverityChangeOutcome.Resolved => $"{result.Incident.Reference} is resolved; its severity can no longer change. Reopen it first.",
        SeverityChangeOutcome.PrivateSeverityOnPublicIncident => PrivateSeverityRefused(result.Incident, result.Requested!),
        _ => NotPermitted(result.Permission, "change severity"),
    };

    /// <summary>Why a public incident cannot take a severity that is private by default, and what to do instead.</summary>
    public static string PrivateSeverityRefused(Incident incident, Severity severity) =>
        $"{severity.DisplayKey} incidents are private, but {incident.Reference} is public (its channel and feed headline), and Slack " +
        $"cannot make a channel private; nothing changed. To go on in private, declare a new {severity.DisplayKey} incident " +
        $"(`/incident declare {severity.Key} <title>`, private by itself), run `/incident link {incident.Reference}` in its channel, " +
        $"and resolve {incident.Reference} saying where the work moved.";

    public static string SnoozeResult(SnoozeResult result)
    {
        var incident = result.Incident;
        return result.Decision.Refusal switch
        {
            null => $"Snoozed: the next update reminder for {incident.Reference} is now due {SlackText.Time(result.Decision.Until)}.",
            SnoozeRefusal.Resolved => $"{incident.Reference} is resolved; there are no reminders to snooze.",
            SnoozeRefusal.NoCadence => $"{result.Severity.DisplayKey} has no update cadence, so there is no reminder to snooze.",
            SnoozeRefusal.TooLong => $"A snooze can be at most one cadence ({SlackText.Duration(result.Severity.UpdateCadence!.Value)} for {result.Severity.DisplayKey}). " + SnoozeUsage(result.Severity),
            _ => $"The next reminder is already snoozed to {SlackText.Time(result.Decision.Until)}; a reminder can be snoozed once. Post an update to reset the cadence.",
        };
    }

    public static string NoIncident => "That incident no longer exists.";
}
