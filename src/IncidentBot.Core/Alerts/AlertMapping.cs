using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// A source's mapping rules applied to one alert: the severity label's value through <c>SeverityMap</c> (or taken as a
/// ladder key when unmapped; the default rung when it is neither), the title template, the auto-declare keys and the
/// runbook annotation; the service label's value as the alert's service, and that service as the status page component
/// an incident declared from it starts with.
/// </summary>
public static partial class AlertMapping
{
    public static MappedAlert Map(ReceivedAlert alert, HookOptions hook, SeverityLadder ladder, Words words)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(ladder);
        var raw = alert.Severity ?? alert.Labels.GetValueOrDefault(hook.SeverityLabel);
        var key = raw is not null && hook.SeverityMap.TryGetValue(raw.Trim(), out var mapped) ? mapped : raw?.Trim();
        var severity = ladder.TryParse(key, out var found) ? found : ladder.Default;
        var autoDeclare = hook.AutoDeclareKeys.Any(k => string.Equals(k, severity.Key, StringComparison.OrdinalIgnoreCase));
        var description = alert.Description ?? alert.Annotations.GetValueOrDefault("description");
        var service = alert.Labels.GetValueOrDefault(hook.ServiceLabel)?.Trim() is { Length: > 0 } named ? named : null;
        return new MappedAlert(Title(alert, hook.TitleTemplate, words), severity, autoDeclare, description, Links(alert, hook.RunbookAnnotation), service);
    }

    /// <summary>
    /// The status page component the alert's service names (by key or name, ignoring case), marked degraded: the start of
    /// an incident declared from it (the form lets the declarer say how badly); none when it names no component.
    /// </summary>
    public static IReadOnlyDictionary<string, ComponentState> Components(string? service, ComponentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var component = service is null ? null : catalog.Find(service)
            ?? catalog.All.FirstOrDefault(c => string.Equals(c.Name, service, StringComparison.OrdinalIgnoreCase));
        return component is null
            ? new Dictionary<string, ComponentState>()
            : new Dictionary<string, ComponentState>(StringComparer.OrdinalIgnoreCase) { [component.Key] = ComponentState.Degraded };
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

    /// <summary>
    /// The title, on one line and within <see cref="TitleRules.MaxLength"/>; never empty: an alert that gives none is
    /// named by its fingerprint, in the workspace's language.
    /// </summary>
    public static string Title(ReceivedAlert alert, string? template, Words words)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(words);
        var title = alert.Title
            ?? (template is { Length: > 0 }
                ? Placeholder().Replace(template, m => Value(alert, m.Groups[1].Value) ?? "")
                : Value(alert, "summary") is { Length: > 0 } summary ? summary : alert.Labels.GetValueOrDefault("alertname"));
        var oneLine = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length == 0)
        {
            oneLine = string.Join(' ', words.Text("alert.untitled", ("fingerprint", alert.Fingerprint))
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return oneLine.Length <= TitleRules.MaxLength ? oneLine : oneLine[..(TitleRules.MaxLength - 1)] + "…";
    }

    private static string? Value(ReceivedAlert alert, string name) =>
        alert.Annotations.TryGetValue(name, out var annotation) ? annotation : alert.Labels.GetValueOrDefault(name);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")]
    private static partial Regex Placeholder();
}
