using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Reliability;

/// <summary>Events API bodies with parts missing or of the wrong type: no event_id, an event that is not an object, unknown types.</summary>
internal sealed class FuzzEvents(Random random, FuzzVocabulary vocabulary)
{
    private static readonly string[] Types =
        ["pin_added", "reaction_added", "member_joined_channel", "member_left_channel", "app_home_opened", "message", "channel_rename", "unknown_event", ""];

    private int _sequence;

    public string NextBody()
    {
        var envelope = Envelope();
        return random.Next(8) switch
        {
            0 => envelope.ToJsonString()[..random.Next(0, envelope.ToJsonString().Length)],
            1 => Pick(["", "null", "[]", "42", "\"x\"", "{}", "{\"type\":\"event_callback\"}", "{\"type\":\"url_verification\"}",
                "{\"type\":\"url_verification\",\"challenge\":7}", "{\"type\":\"url_verification\",\"challenge\":\"abc\"}", "{\"type\":[]}"]),
            2 => Retyped(envelope).ToJsonString(),
            3 => Without(envelope, "event_id").ToJsonString(),
            _ => envelope.ToJsonString(),
        };
    }

    private JsonObject Envelope()
    {
        _sequence++;
        return new JsonObject
        {
            ["token"] = "unused",
            ["team_id"] = "T0001",
            ["api_app_id"] = "A0001",
            ["type"] = "event_callback",
            ["event_id"] = "EvFUZZ" + _sequence.ToString(CultureInfo.InvariantCulture),
            ["event_time"] = 1_700_000_000 + _sequence,
            ["event"] = Event(),
        };
    }

    private JsonNode? Event() => random.Next(10) switch
    {
        0 => "pin_added",
        1 => new JsonArray(1, 2, 3),
        2 => null,
        _ => new JsonObject
        {
            ["type"] = Pick(Types),
            ["user"] = Pick(FuzzVocabulary.Users),
            ["channel_id"] = Pick(vocabulary.Channels),
            ["channel"] = Pick(vocabulary.Channels),
            ["reaction"] = random.Next(2) == 0 ? "pushpin" : "tada",
            ["item"] = new JsonObject
            {
                ["type"] = "message",
                ["channel"] = Pick(vocabulary.Channels),
                ["ts"] = random.Next(3) == 0 ? "not-a-ts" : "1700000000.000100",
                ["message"] = new JsonObject { ["ts"] = "1700000000.000100", ["text"] = Pick(FuzzVocabulary.Unicode), ["user"] = "U2" },
            },
            ["event_ts"] = "1700000000.000200",
        },
    };

    private JsonObject Retyped(JsonObject envelope)
    {
        JsonNode wrong = random.Next(4) switch { 0 => "text", 1 => 42, 2 => new JsonArray("a"), _ => new JsonObject() };
        if (envelope["event"] is JsonObject evt && random.Next(3) > 0)
        {
            var keys = evt.Select(kv => kv.Key).ToList();
            evt[Pick(keys)] = wrong;
            if (evt["item"] is JsonObject item && random.Next(2) == 0)
            {
                item[Pick(["ts", "channel", "message", "type"])] = wrong.DeepClone();
            }
        }
        else
        {
            envelope[Pick(["event_id", "type", "event_time", "team_id"])] = wrong;
        }

        return envelope;
    }

    private static JsonObject Without(JsonObject envelope, string key)
    {
        envelope.Remove(key);
        return envelope;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
