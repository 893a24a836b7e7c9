using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Integrations;

/// <summary>
/// Jira Cloud REST v3, as the configured account (Basic email:API token): creating an issue, finding an issue the bot
/// filed by its exact summary, and reading an issue's status category. Answers are treated as <see cref="VendorAnswer"/> says; the token is never logged.
/// </summary>
public sealed class JiraClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const string Vendor = "Jira";

    /// <summary>Creates the issue; returns its key (<c>OPS-12</c>) and its link in the site's browser view.</summary>
    public async Task<(string Key, string Url)> CreateIssueAsync(JsonObject body, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, "rest/api/3/issue");
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, ct);
        VendorAnswer.EnsureSuccess(response, Vendor, time);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        var key = (string?)created?["key"] ?? throw new HttpRequestException("Jira answered a created issue without its key");
        return (key, BrowseUrl(key));
    }

    /// <summary>
    /// The earliest issue of the configured project whose summary is exactly <paramref name="summary"/>; null when there
    /// is none. Jira's text search (<c>GET /rest/api/3/search/jql</c>, a phrase query on the summary) narrows the
    /// candidates, since it matches words rather than characters; the exact comparison decides.
    /// </summary>
    public async Task<(string Key, string Url)?> FindIssueAsync(string summary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var jql = JiraSearch.SummaryQuery(options.Jira.Project!, summary);
        using var request = Request(HttpMethod.Get,
            $"rest/api/3/search/jql?jql={Uri.EscapeDataString(jql)}&fields=summary&maxResults={JiraSearch.PageSize}");
        using var response = await http.SendAsync(request, ct);
        VendorAnswer.EnsureSuccess(response, Vendor, time);
        var page = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        foreach (var issue in (page?["issues"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)issue["fields"]?["summary"] == summary && (string?)issue["key"] is { Length: > 0 } key)
            {
                return (key, BrowseUrl(key));
            }
        }

        return null;
    }

    /// <summary>Whether the issue is in a status of the done category; null when the issue is gone (deleted or moved out of reach).</summary>
    public async Task<bool?> IsDoneAsync(string key, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Get, $"rest/api/3/issue/{Uri.EscapeDataString(key)}?fields=status");
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        VendorAnswer.EnsureSuccess(response, Vendor, time);
        var issue = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return (string?)issue?["fields"]?["status"]?["statusCategory"]?["key"] == "done";
    }

    public string BrowseUrl(string key) => new Uri(Site, $"browse/{Uri.EscapeDataString(key)}").ToString();

    private Uri Site => new(options.Jira.BaseUrl!.TrimEnd('/') + "/");

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(Site, path));
        request.Headers.Authorization = VendorAnswer.Basic(options.Jira.Email!, options.Jira.ApiToken!);
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
