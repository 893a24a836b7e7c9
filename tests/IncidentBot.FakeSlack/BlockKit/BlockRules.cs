using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Per-block limits (section, header, actions, context, input, image, markdown).</summary>
internal static class BlockRules
{
    public static void Check(Violations v, JsonObject block, string pointer)
    {
        v.MaxString(block, "block_id", pointer, 255);
        switch (Violations.StringOf(block["type"]))
        {
            case "section":
                Section(v, block, pointer);
                break;
            case "header":
                v.TextObject(block, "text", pointer, 150, required: true);
                break;
            case "actions":
                foreach (var (element, p) in v.Array(block, "elements", pointer, 25, min: 1))
                {
                    ElementRules.Check(v, element, p);
                }

                break;
            case "context":
                foreach (var (element, p) in v.Array(block, "elements", pointer, 10, min: 1))
                {
                    ContextElement(v, element, p);
                }

                break;
            case "input":
                v.TextObject(block, "label", pointer, 2000, required: true);
                v.TextObject(block, "hint", pointer, 2000);
                if (block["element"] is JsonObject inputElement)
                {
                    ElementRules.Check(v, inputElement, $"{pointer}/element");
                }
                else
                {
                    v.Add(pointer, "missing required field: element");
                }

                break;
            case "image":
                v.MaxString(block, "alt_text", pointer, 2000);
                v.MaxString(block, "image_url", pointer, 3000);
                v.TextObject(block, "title", pointer, 2000);
                break;
            case "markdown":
                v.MaxString(block, "text", pointer, 12_000);
                break;
            case "divider" or "rich_text" or "file" or "video" or "context_actions" or "table":
                break;
            case null:
                v.Add(pointer, "missing required field: type");
                break;
            case var other:
                v.Add($"{pointer}/type", $"unknown block type '{other}'");
                break;
        }
    }

    private static void Section(Violations v, JsonObject block, string pointer)
    {
        if (block["text"] is null && block["fields"] is null)
        {
            v.Add(pointer, "must provide either `text` or `fields`");
        }

        v.TextObject(block, "text", pointer, 3000);
        foreach (var (field, p) in v.Array(block, "fields", pointer, 10, min: 1))
        {
            if (Violations.StringOf(field["text"]) is not { } text)
            {
                v.Add(p, "missing required field: text");
            }
            else if (text.Length > 2000)
            {
                v.Add($"{p}/text", "must be less than 2001 characters");
            }
            else if (text.Length == 0)
            {
                v.Add($"{p}/text", "must be at least 1 characters");
            }
        }

        if (block["accessory"] is JsonObject accessory)
        {
            ElementRules.Check(v, accessory, $"{pointer}/accessory");
        }
    }

    private static void ContextElement(Violations v, JsonObject element, string pointer)
    {
        switch (Violations.StringOf(element["type"]))
        {
            case "image":
                v.MaxString(element, "alt_text", pointer, 2000);
                v.MaxString(element, "image_url", pointer, 3000);
                break;
            case "plain_text" or "mrkdwn":
                if (Violations.StringOf(element["text"]) is not { Length: > 0 })
                {
                    v.Add($"{pointer}/text", "must be at least 1 characters");
                }

                break;
            default:
                v.Add($"{pointer}/type", "must be one of 'image', 'plain_text', 'mrkdwn'");
                break;
        }
    }
}
