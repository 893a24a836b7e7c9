using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// <see cref="MentionRule"/> at every exit the bot writes through (each Web API call, response_url posts, the HTTP
/// answers to commands and interactions, Socket Mode acks), so that no message, however it was built, notifies a whole
/// channel. The only user groups that may be mentioned are the ones the admin configured: a severity's escalation target.
/// </summary>
public sealed class MentionFence
{
    /// <summary>Fields Slack never shows, which carry the bot's own state back to it unchanged.</summary>
    private static readonly HashSet<string> Machine = new(StringComparer.Ordinal)
    {
        "action_id", "block_id", "callback_id", "value", "private_metadata", "event_payload", "external_id", "url", "image_url", "hash",
    };

    private readonly HashSet<string> _groups;

    public MentionFence(IEnumerable<string> configuredGroups) => _groups = new(configuredGroups, StringComparer.Ordinal);

    /// <summary>No user group may be mentioned.</summary>
    public static MentionFence Closed { get; } = new([]);

    /// <summary>The fence for a ladder: its severities' escalation targets that are user groups (<c>S…</c>) may be mentioned.</summary>
    public static MentionFence For(SeverityLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        return new(ladder.All.Select(s => s.EscalationTarget).OfType<string>().Where(t => t.StartsWith('S')));
    }

    public IReadOnlySet<string> Groups => _groups;

    public string? Text(string? text) => text is null ? null : MentionRule.Neutralise(text, _groups);

    /// <summary>A copy of <paramref name="node"/> with every string Slack may show fenced; null stays null.</summary>
    public T? Json<T>(T? node) where T : JsonNode
    {
        if (node is null)
        {
            return null;
        }

        var copy = (T)node.DeepClone();
        Walk(copy);
        return copy;
    }

    private void Walk(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !Machine.Contains(key))
                    {
                        obj[key] = Text(v.GetValue<string>());
                    }
                    else if (value is not null && !Machine.Contains(key))
                    {
                        Walk(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        array[i] = Text(v.GetValue<string>());
                    }
                    else if (array[i] is { } item)
                    {
                        Walk(item);
                    }
                }

                break;
        }
    }
}
