using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks Jira's and Confluence's settings at start, one line each: a site address that is <c>https://</c> (plain http
/// only to a loopback address), all of an integration's required settings once any is given, action-item priorities
/// that exist, and a positive poll interval.
/// </summary>
public static class TicketSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        var jira = options.Jira;
        var at = $"{prefix}__Jira__";
        foreach (var problem in Required(at, ("BaseUrl", jira.BaseUrl), ("Email", jira.Email), ("ApiToken", jira.ApiToken), ("Project", jira.Project)))
        {
            yield return problem;
        }

        if (Address(at, jira.BaseUrl) is { } badJira)
        {
            yield return badJira;
        }

        foreach (var priority in jira.AutoPriorities.Where(p => !ActionItem.Priorities.Contains(p.ToLowerInvariant())))
        {
            yield return $"{at}AutoPriorities \"{priority}\" is not an action-item priority: use {string.Join(", ", ActionItem.Priorities)}.";
        }

        if (jira.AutoPriorities.Count > 0 && !jira.IsOn)
        {
            yield return $"{at}AutoPriorities is set but Jira is not: set {at}BaseUrl, Email, ApiToken and Project, or remove the priorities.";
        }

        if (string.IsNullOrWhiteSpace(jira.IssueType))
        {
            yield return $"{at}IssueType is empty: name an issue type of the project, such as {JiraOptions.DefaultIssueType}.";
        }

        if (jira.PollEvery < TimeSpan.FromSeconds(1))
        {
            yield return $"{at}PollEvery \"{jira.PollEvery}\" is not a TimeSpan of at least a second, such as 00:05:00.";
        }

        var confluence = options.Confluence;
        var atConfluence = $"{prefix}__Confluence__";
        foreach (var problem in Required(atConfluence, ("BaseUrl", confluence.BaseUrl), ("Email", confluence.Email),
                     ("ApiToken", confluence.ApiToken), ("SpaceKey", confluence.SpaceKey)))
        {
            yield return problem;
        }

        if (Address(atConfluence, confluence.BaseUrl) is { } badConfluence)
        {
            yield return badConfluence;
        }
    }

    /// <summary>Once any of the settings is given, each missing one (the integration cannot work without it).</summary>
    private static IEnumerable<string> Required(string at, params (string Name, string? Value)[] settings) =>
        settings.Any(s => !string.IsNullOrWhiteSpace(s.Value))
            ? settings.Where(s => string.IsNullOrWhiteSpace(s.Value))
                .Select(s => $"{at}{s.Name} is not set: the integration needs {string.Join(", ", settings.Select(x => at + x.Name))}.")
            : [];

    private static string? Address(string at, string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            ? null
            : $"{at}BaseUrl \"{value}\" is not an https:// address such as https://example.atlassian.net (plain http only to a loopback address).";
}
