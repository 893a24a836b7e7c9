using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>Modal input blocks and elements, each input's element under <c>action_id</c> "value".</summary>
public static class ModalElements
{
    public const string ValueAction = "value";
    public const int OptionTextMax = 75;

    public static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["optional"] = optional,
        ["label"] = Blocks.PlainText(SlackText.Truncate(label, 2000)),
        ["element"] = element,
    };

    public static JsonObject TextInput(int maxLength, bool multiline, string? placeholder = null)
    {
        var input = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = ValueAction, ["multiline"] = multiline, ["max_length"] = maxLength };
        if (placeholder is not null)
        {
            input["placeholder"] = Blocks.PlainText(placeholder);
        }

        return input;
    }

    public static JsonObject Select(IReadOnlyList<JsonObject> options, JsonObject? initial)
    {
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = ValueAction,
            ["options"] = new JsonArray(options.Take(100).Select(o => (JsonNode)o).ToArray()),
        };
        if (initial is not null)
        {
            select["initial_option"] = initial.DeepClone();
        }

        return select;
    }

    public static JsonObject Option(string text, string value) =>
        new() { ["text"] = Blocks.PlainText(SlackText.Truncate(text, OptionTextMax)), ["value"] = value };

    /// <summary><c>SEV1 · Major degradation</c>: the code as everyone says it, the label in the reader's language.</summary>
    public static string SeverityText(Words words, Severity severity) =>
        SlackText.Truncate($"{severity.DisplayKey} · {words.Label(severity)}", OptionTextMax);

    public static JsonObject Modal(Words words, string callbackId, string title, string submit, string privateMetadata, IEnumerable<JsonObject> blocks) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = callbackId,
        ["title"] = Blocks.PlainText(SlackText.Truncate(title, 24)),
        ["submit"] = Blocks.PlainText(submit),
        ["close"] = Blocks.PlainText(words["form.cancel"]),
        ["private_metadata"] = privateMetadata,
        ["blocks"] = new JsonArray(blocks.Select(b => (JsonNode)b).ToArray()),
    };

    /// <summary>Choices as a form names them in an error: <c>a, b or c</c>, <c>a, b или c</c>.</summary>
    public static string Either(Words words, IReadOnlyList<string> items) => words.Either(items);
}
