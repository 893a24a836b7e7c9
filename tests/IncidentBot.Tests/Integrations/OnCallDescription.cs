using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// PagerDuty's published description of <c>GET /oncalls</c> (OpenApi/pagerduty-oncalls.json, from PagerDuty/api-schema),
/// read once, and the ways a request breaks it: a query parameter it does not declare, a value outside a declared enum,
/// a boolean or integer that is not one, a required header missing or with a value outside its enum.
/// </summary>
internal static class OnCallDescription
{
    private static readonly Lazy<JsonArray> Parameters = new(() =>
        (JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "OpenApi", "pagerduty-oncalls.json")))!["parameters"] as JsonArray)!);

    public static List<string> Problems(HttpRequest request)
    {
        var problems = new List<string>();
        var declared = Parameters.Value.OfType<JsonObject>().ToList();
        foreach (var (name, values) in request.Query)
        {
            var parameter = declared.FirstOrDefault(p => (string?)p["in"] == "query" && (string?)p["name"] == name);
            if (parameter is null)
            {
                problems.Add($"query parameter {name} is not declared");
                continue;
            }

            problems.AddRange(values.OfType<string>().Where(v => !Fits(parameter["schema"]!, v)).Select(v => $"{name}={v} does not fit its schema"));
        }

        foreach (var header in declared.Where(p => (string?)p["in"] == "header" && (bool?)p["required"] == true))
        {
            var name = (string)header["name"]!;
            var value = name == "Content-Type" ? request.ContentType : request.Headers[name].ToString();
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"required header {name} is missing");
            }
            else if (header["schema"]!["enum"] is JsonArray allowed && !allowed.Any(a => (string?)a == value))
            {
                problems.Add($"header {name}: {value} is not one of its enum");
            }
            else if (name == "Accept" && value != (string?)header["schema"]!["default"])
            {
                problems.Add($"header Accept: {value} is not the versioned media type");
            }
        }

        return problems;
    }

    private static bool Fits(JsonNode schema, string value)
    {
        var items = (string?)schema["type"] == "array" ? schema["items"]! : schema;
        if (items["enum"] is JsonArray allowed && !allowed.Any(a => (string?)a == value))
        {
            return false;
        }

        return (string?)items["type"] switch
        {
            "boolean" => value is "true" or "false",
            "integer" => long.TryParse(value, out _),
            _ => true,
        };
    }
}
