using System.Text.Json.Nodes;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Oncall;

/// <summary>The declare form's rotation picker: which on-call rotation is paged, preselected with the one the severity or type names.</summary>
public static class RotationField
{
    public const string Block = "rotation";
    public const string Action = "value";

    /// <summary>The picker; null when there are no rotations to pick from.</summary>
    public static JsonObject? Input(Words words, IReadOnlyList<string> rotations, string? selected)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(rotations);
        if (rotations.Count == 0)
        {
            return null;
        }

        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = Action,
            ["options"] = new JsonArray(rotations.Take(100).Select(r => (JsonNode)Option(r)).ToArray()),
        };
        if (selected is not null && rotations.Contains(selected))
        {
            select["initial_option"] = Option(selected);
        }

        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = Block,
            ["optional"] = true,
            ["label"] = Blocks.PlainText(words["oncall.form.rotation"]),
            ["hint"] = Blocks.PlainText(words["oncall.form.rotation_hint"]),
            ["element"] = select,
        };
    }

    private static JsonObject Option(string rotation) => new() { ["text"] = Blocks.PlainText(rotation), ["value"] = rotation };
}
