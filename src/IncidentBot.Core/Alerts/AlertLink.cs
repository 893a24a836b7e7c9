using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// A link an alert carries, by kind (<see cref="AlertLinkKinds"/>): the page of the rule that fired (Alertmanager's and
/// Grafana's <c>generatorURL</c>, the generic hook's <c>url</c>), Grafana's dashboard, panel and silence pages, and the
/// runbook annotation. Only absolute http(s) addresses are ever kept.
/// </summary>
public sealed record AlertLink(string Kind, string Url)
{
    /// <summary>The most links one alert keeps: one of each kind.</summary>
    public const int Max = 5;

    public static string? Serialize(IReadOnlyList<AlertLink> links) =>
        links.Count == 0 ? null : JsonSerializer.Serialize(links.Select(l => new[] { l.Kind, l.Url }));

    /// <summary>The stored list; anything unreadable reads as none (the column is only ever written by <see cref="Serialize"/>).</summary>
    public static IReadOnlyList<AlertLink> Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        try
        {
            return (JsonSerializer.Deserialize<string[][]>(stored) ?? [])
                .Where(pair => pair is [{ } kind, { } url] && AlertLinkKinds.All.Contains(kind) && IsWebAddress(url))
                .Select(pair => new AlertLink(pair[0], pair[1]))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>An absolute http(s) address, normalised; null for anything else (a <c>javascript:</c> link, a relative path, "").</summary>
    public static string? WebAddress(string? text) =>
        text is { Length: > 0 } && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static bool IsWebAddress(string url) => WebAddress(url) is not null;
}
