using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Checks Block Kit payloads against Slack's documented limits. Returns violation strings shaped like Slack's
/// <c>response_metadata.messages</c>, e.g. <c>[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]</c>.
/// </summary>
public static class BlockKitValidator
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;

    /// <summary>Validates a <c>blocks</c> array; an empty result means valid.</summary>
    public static IReadOnlyList<string> ValidateBlocks(JsonArray blocks, BlockSurface surface)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var violations = new Violations();
        CheckBlocks(violations, new JsonObject { ["blocks"] = blocks.DeepClone() }, string.Empty, surface);
        return violations.Items;
    }

    /// <summary>Validates a modal or Home view object; an empty result means valid.</summary>
    public static IReadOnlyList<string> ValidateView(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var v = new Violations();
        const string Pointer = "/view";
        var type = Violations.StringOf(view["type"]);
        var surface = type switch
        {
            "modal" => BlockSurface.Modal,
            "home" => BlockSurface.Home,
            _ => (BlockSurface?)null,
        };
        if (surface is null)
        {
            v.Add($"{Pointer}/type", "must be one of 'modal', 'home'");
            return v.Items;
        }

        if (surface == BlockSurface.Modal)
        {
            v.TextObject(view, "title", Pointer, 24, required: true);
            v.TextObject(view, "submit", Pointer, 24);
            v.TextObject(view, "close", Pointer, 24);
            var hasInput = view["blocks"] is JsonArray blocks
                && blocks.Any(b => b is JsonObject o && Violations.StringOf(o["type"]) == "input");
            if (hasInput && view["submit"] is null)
            {
                v.Add(Pointer, "must define `submit` to use an input block");
            }
        }

        v.MaxString(view, "private_metadata", Pointer, 3000);
        v.MaxString(view, "callback_id", Pointer, 255);
        v.MaxString(view, "external_id", Pointer, 255);
        if (view["blocks"] is not JsonArray)
        {
            v.Add(Pointer, "missing required field: blocks");
        }

        CheckBlocks(v, view, Pointer, surface.Value);
        return v.Items;
    }

    private static void CheckBlocks(Violations v, JsonObject owner, string pointer, BlockSurface surface)
    {
        var max = surface == BlockSurface.Message ? MaxMessageBlocks : MaxViewBlocks;
        foreach (var (block, blockPointer) in v.Array(owner, "blocks", pointer, max))
        {
            BlockRules.Check(v, block, blockPointer);
        }
    }
}
