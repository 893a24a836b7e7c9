using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// A source's mapping rules applied to one alert: the severity label's value through <c>SeverityMap</c> (or taken as a
/// ladder key when unmapped; the default rung when it is neither), the title template, the auto-declare keys and the
/// runbook annotation.
/// </summary>
public static partial class AlertMapping
{
    public static MappedAlert Map(ReceivedAlert alert, HookOptions hook, SeverityLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(ladder);
        var raw = alert.Severity ?? alert.Labels.GetValueOrDefault(hook.SeverityLabel);
        var key = raw is not null && hook.SeverityMap.TryGetValue(raw.Trim(), out var mapped) ? mapped : raw?.Trim();
        var severity = ladder.TryParse(key, out var found) ? found : ladder.Default;
        var autoDeclare = hook.AutoDeclareKeys.Any(k => string.Equals(k, severity.Key, StringComparison.OrdinalIgnoreCase));
        var description = alert.Description ?? alert.Annotations.GetValueOrDefault("description");
        return new MappedAlert(Title(alert, hook.TitleTemplate), severity, autoDeclare, description, Links(alert, hook.RunbookAnnotation));
    }

    /// <summary>The payload's links and the runbook annotation's (when it is a web address), each address once, at most <see cref="AlertLink.Max"/>.</summary>
    public static IReadOnlyList<AlertLink> Links(ReceivedAlert alert, string? runbookAnnotation)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var links = (alert.Links ?? []).ToList();
        if (runbookAnnotation is { Length: > 0 } && AlertLink.WebAddress(alert.Annotations.GetValueOrDefault(runbookAnnotation)) is { } runbook)
        {
            links.Insert(Math.Min(1, links.Count), new AlertLink(AlertLinkKinds.Runbook, runbook));
        }

        return links.DistinctBy(l => l.Url, StringComparer.Ordinal).Take(AlertLink.Max).ToList();
    }

    /// <summary>The title, on one line and within <see cref="TitleRules.MaxLength"/>; never empty.</summary>
    public static string Title(ReceivedAlert alert, string? template)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var title = alert.Title
            ?? (template is { Length: > 0 }
                ? Placeholder().Replace(template, m => Value(alert, m.Groups[1].Value) ?? "")
                : Value(alert, "summary") is { Length: > 0 } summary ? summary : alert.Labels.GetValueOrDefault("alertname"));
        var oneLine = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length == 0)
        {
            oneLine = $"Alert {alert.Fingerprint}";
        }

        return oneLine.Length <= TitleRules.MaxLength ? oneLine : oneLine[..(TitleRules.MaxLength - 1)] + "…";
    }

    private static string? Value(ReceivedAlert alert, string name) =>
        alert.Annotations.TryGetValue(name, out var annotation) ? annotation : alert.Labels.GetValueOrDefault(name);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")]
    private static partial Regex Placeholder();
}
