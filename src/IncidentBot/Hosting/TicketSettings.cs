using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks Jira's, Linear's and Confluence's settings at start, one line each: a site address that is <c>https://</c> (plain http
/// only to a loopback address), Jira and Linear not both on, all of an integration's required settings once any is given, action-item priorities
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

        var linear = options.Linear;
        var atLinear = $"{prefix}__Linear__";
        foreach (var problem in Required(atLinear, ("ApiKey", linear.ApiKey), ("TeamId", linear.TeamId)))
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(linear.BaseUrl))
        {
            yield return $"{atLinear}BaseUrl is empty: leave it unset for {LinearOptions.DefaultBaseUrl}, or give the GraphQL endpoint.";
        }
        else if (Address(atLinear, linear.BaseUrl, LinearOptions.DefaultBaseUrl) is { } badLinear)
        {
            yield return badLinear;
        }

        foreach (var priority in linear.AutoPriorities.Where(p => !ActionItem.Priorities.Contains(p.ToLowerInvariant())))
        {
            yield return $"{atLinear}AutoPriorities \"{priority}\" is not an action-item priority: use {string.Join(", ", ActionItem.Priorities)}.";
        }

        if (linear.AutoPriorities.Count > 0 && !linear.IsOn)
        {
            yield return $"{atLinear}AutoPriorities is set but Linear is not: set {atLinear}ApiKey and TeamId, or remove the priorities.";
        }

        if (linear.PollEvery < TimeSpan.FromSeconds(1))
        {
            yield return $"{atLinear}PollEvery \"{linear.PollEvery}\" is not a TimeSpan of at least a second, such as 00:05:00.";
        }

        if (jira.IsOn && linear.IsOn)
        {
            yield return $"{at}… and {atLinear}… are both set: action items are filed in one tracker, so configure Jira or Linear, not both.";
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

    private static string? Address(string at, string? value, string example = "https://example.atlassian.net") =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            ? null
            : $"{at}BaseUrl \"{value}\" is not an https:// address such as {example} (plain http only to a loopback address).";
}
