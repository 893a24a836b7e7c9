using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Collects Block Kit violations in Slack's <c>[ERROR] … [json-pointer:…]</c> wording.</summary>
internal sealed class Violations
{
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items => _items;

    public void Add(string pointer, string message) => _items.Add($"[ERROR] {message} [json-pointer:{pointer}]");

    /// <summary>A plain string field (block_id, value, url…) no longer than max.</summary>
    public void MaxString(JsonObject owner, string name, string pointer, int max)
    {
        if (StringOf(owner[name]) is { } s && s.Length > max)
        {
            Add($"{pointer}/{name}", $"must be less than {max + 1} characters");
        }
    }

    /// <summary>A text object's <c>text</c> between min and max characters; missing counts as empty.</summary>
    public void TextObject(JsonObject owner, string name, string pointer, int max, bool required = false, int min = 1)
    {
        var node = owner[name];
        if (node is null)
        {
            if (required)
            {
                Add(pointer, $"missing required field: {name}");
            }

            return;
        }

        if (node is not JsonObject text || StringOf(text["text"]) is not { } value)
        {
            Add($"{pointer}/{name}", "must be a text object with a `text` string");
            return;
        }

        if (value.Length < min)
        {
            Add($"{pointer}/{name}/text", $"must be at least {min} characters");
        }
        else if (value.Length > max)
        {
            Add($"{pointer}/{name}/text", $"must be less than {max + 1} characters");
        }
    }

    /// <summary>An array field with at most max items (at least min when present); returns its objects.</summary>
    public IEnumerable<(JsonObject Item, string Pointer)> Array(JsonObject owner, string name, string pointer, int max, int min = 0)
    {
        if (owner[name] is not JsonArray array)
        {
            if (owner[name] is not null)
            {
                Add($"{pointer}/{name}", "must be an array");
            }

            return [];
        }

        if (array.Count > max)
        {
            Add($"{pointer}/{name}", $"must provide no more than {max} items");
        }
        else if (array.Count < min)
        {
            Add($"{pointer}/{name}", $"must provide at least {min} items");
        }

        var items = new List<(JsonObject, string)>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                items.Add((item, $"{pointer}/{name}/{i}"));
            }
            else
            {
                Add($"{pointer}/{name}/{i}", "must be an object");
            }
        }

        return items;
    }

    public static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
