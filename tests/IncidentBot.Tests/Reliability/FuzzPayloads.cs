using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Interaction payloads as Slack might send them on a bad day, or as an attacker with the signing secret would: truncated
/// JSON, wrong types, missing view or state, unknown callback and action ids, huge bodies. Each is the <c>payload</c> text.
/// </summary>
internal sealed class FuzzPayloads(Random random, FuzzVocabulary vocabulary)
{
    public string NextPayload()
    {
        var payload = random.Next(2) == 0 ? Submission() : BlockActions();
        return random.Next(8) switch
        {
            0 => Truncate(payload.ToJsonString()),
            1 => Retype(payload).ToJsonString(),
            2 => Drop(payload).ToJsonString(),
            3 when random.Next(10) == 0 => Huge(payload).ToJsonString(),
            4 => Pick(["", "null", "[]", "[{}]", "42", "\"text\"", "{", "{}", "{\"type\":null}", "{\"type\":7}", "{\"type\":\"\"}",
                "{\"type\":\"shortcut\"}", "{\"type\":\"view_closed\"}", "{\"type\":\"block_actions\"}", "{\"type\":\"view_submission\"}"]),
            _ => payload.ToJsonString(),
        };
    }

    private JsonObject Submission()
    {
        var values = new JsonObject();
        foreach (var block in new[] { "title", "severity", "summary", "impact", "options", "resolution_summary", "root_cause",
            "resolve_options", "status", "hypothesis", "next_steps", "eta", "confidence", "next_update", "reason", "ic", "lead", "comms" })
        {
            if (random.Next(3) > 0)
            {
                values[block] = new JsonObject { ["value"] = Element() };
            }
        }

        return new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = Pick(FuzzVocabulary.Users) },
            ["trigger_id"] = "1.2.fuzz",
            ["view"] = new JsonObject
            {
                ["id"] = "VFUZZ" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                ["callback_id"] = random.Next(8) == 0 ? "unknown_callback" : Pick(vocabulary.CallbackIds),
                ["private_metadata"] = Metadata(),
                ["hash"] = "h",
                ["state"] = new JsonObject { ["values"] = values },
            },
        };
    }

    private JsonObject BlockActions() => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = Pick(FuzzVocabulary.Users) },
        ["trigger_id"] = "1.2.fuzz",
        ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = Pick(vocabulary.Channels), ["message_ts"] = "1.2" },
        ["channel"] = new JsonObject { ["id"] = Pick(vocabulary.Channels) },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = random.Next(8) == 0 ? "unknown_action" : Pick(vocabulary.ActionIds),
            ["block_id"] = "actions",
            ["value"] = Metadata(),
        }),
    };

    private JsonNode? Element() => random.Next(7) switch
    {
        0 => new JsonObject { ["type"] = "plain_text_input", ["value"] = Text() },
        1 => new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = Text() } },
        2 => new JsonObject { ["type"] = "users_select", ["selected_user"] = Pick(FuzzVocabulary.Users) },
        3 => new JsonObject { ["type"] = "checkboxes", ["selected_options"] = new JsonArray(new JsonObject { ["value"] = Text() }) },
        4 => new JsonObject { ["type"] = "static_select", ["selected_option"] = null },
        5 => new JsonArray(1, 2),
        _ => JsonValue.Create(random.Next()),
    };

    private string Metadata() => random.Next(6) switch
    {
        0 or 1 => Pick(vocabulary.IncidentIds).ToString(CultureInfo.InvariantCulture),
        2 => "99999999999999999999",
        3 => "-1",
        4 => "{\"incident\":1,\"x\":[1,2]}",
        _ => Text(),
    };

    private string Text() => random.Next(4) == 0 ? Pick(FuzzVocabulary.Unicode) : Pick(FuzzVocabulary.Words);

    private string Truncate(string json) => json[..random.Next(0, json.Length)];

    /// <summary>Puts a value of the wrong JSON type somewhere Slack always sends an object, array or string.</summary>
    private JsonObject Retype(JsonObject payload)
    {
        JsonNode wrong = random.Next(4) switch { 0 => "text", 1 => 42, 2 => new JsonArray("a"), _ => new JsonObject() };
        var view = payload["view"] as JsonObject;
        var actions = payload["actions"] as JsonArray;
        var action = actions?[0] as JsonObject;
        var targets = new List<(JsonObject Parent, string Key)> { (payload, "user"), (payload, "type"), (payload, "trigger_id") };
        if (view is not null)
        {
            targets.AddRange([(view, "state"), (view, "callback_id"), (view, "private_metadata"), (view, "id"), ((JsonObject)view["state"]!, "values")]);
        }

        if (action is not null)
        {
            targets.AddRange([(payload, "actions"), (payload, "container"), (payload, "channel"), (action, "action_id"), (action, "value")]);
        }

        var (parent, key) = Pick(targets);
        parent[key] = wrong;
        return payload;
    }

    private JsonObject Drop(JsonObject payload)
    {
        var keys = payload.Select(kv => kv.Key).ToList();
        payload.Remove(Pick(keys));
        return payload;
    }

    private JsonObject Huge(JsonObject payload)
    {
        payload["padding"] = new string('x', Pick([100_000, 1_000_000, 5_000_000]));
        return payload;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
