using System.Text.Json.Nodes;
using NJsonSchema;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Request schemas out of the vendors' OpenAPI descriptions kept under <c>Integrations/OpenApi</c>, for the fakes to
/// check what the bot sends: the schema at a JSON pointer in the description, its <c>#/components/schemas/…</c>
/// references resolved within the same description.
/// </summary>
public static class OpenApiSchemas
{
    /// <param name="file">The description's file name in <c>Integrations/OpenApi</c>.</param>
    /// <param name="location">The schema's JSON pointer, e.g. <c>/components/schemas/IssueUpdateDetails</c>.</param>
    public static JsonSchema Load(string file, string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "OpenApi", file)))!;
        var node = document;
        foreach (var part in location.Trim('/').Split('/'))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new ArgumentException($"{file} has nothing at {location}", nameof(location));
        }

        var root = node.DeepClone().AsObject();
        if (document["components"]?["schemas"] is JsonObject schemas)
        {
            root["definitions"] = schemas.DeepClone();
        }

        return JsonSchema.FromJsonAsync(root.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal)).GetAwaiter().GetResult();
    }

    /// <summary>Where <paramref name="json"/> breaks <paramref name="schema"/>, one line each; none when it fits.</summary>
    public static List<string> Check(JsonSchema schema, string json)
    {
        ArgumentNullException.ThrowIfNull(schema);
        try
        {
            return schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return ["the body is not JSON"];
        }
    }
}
