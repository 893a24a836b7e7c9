using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Interactions;

/// <summary>Close the modal, or keep it open with an error on each offending input block.</summary>
public sealed record ViewSubmissionResult(IReadOnlyDictionary<string, string> Errors)
{
    public static ViewSubmissionResult Close { get; } = new(new Dictionary<string, string>());

    public static ViewSubmissionResult Error(string blockId, string message) => new(new Dictionary<string, string> { [blockId] = message });

    /// <summary>The ack body: <c>{"response_action":"errors",…}</c>, or null (an empty 200 closes the modal).</summary>
    public JsonObject? ToJson() => Errors.Count == 0
        ? null
        : new JsonObject
        {
            ["response_action"] = "errors",
            ["errors"] = new JsonObject(Errors.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        };
}
