using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Alerts;

/// <summary>The payload files under Alerts/Payloads (their sources in SOURCES.md), and deliveries of them to the bot.</summary>
public static class AlertPayloads
{
    public const string AlertmanagerToken = "am-token-3f1e";
    public const string GrafanaToken = "gf-token-9a7c";

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Alerts", "Payloads", file));

    public static JsonObject Json(string file) => JsonNode.Parse(Text(file))!.AsObject();

    /// <summary>The Alertmanager file with the first alert's severity label and fingerprint set.</summary>
    public static string Alertmanager(string severity, string fingerprint = "5b1c2d9e8f7a6b30", string file = "alertmanager-firing.json")
    {
        var payload = Json(file);
        var alert = payload["alerts"]![0]!.AsObject();
        alert["labels"]!["severity"] = severity;
        alert["fingerprint"] = fingerprint;
        return payload.ToJsonString();
    }

    public static Dictionary<string, string?> Settings() => new()
    {
        ["IncidentBot:Hooks:alertmanager:Token"] = AlertmanagerToken,
        ["IncidentBot:Hooks:alertmanager:SeverityMap:critical"] = "sev1",
        ["IncidentBot:Hooks:alertmanager:SeverityMap:warning"] = "sev3",
        ["IncidentBot:Hooks:alertmanager:AutoDeclare"] = "sev0, sev1",
        ["IncidentBot:Hooks:grafana:Token"] = GrafanaToken,
        ["IncidentBot:Hooks:grafana:SeverityMap:critical"] = "sev1",
        ["IncidentBot:Hooks:grafana:AutoDeclare"] = "sev1",
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string source, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{source}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
