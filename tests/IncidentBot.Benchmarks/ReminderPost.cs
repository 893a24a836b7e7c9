using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Benchmarks;

/// <summary>
/// An update reminder the fake Slack was sent and posted in an incident's channel: a successful <c>chat.postMessage</c>
/// whose metadata is the reminder's, with the effect key the bot posts it under (<c>inc:{id}:reminder:{anchor}:{missed}</c>),
/// which names the reminder period; the escalation posts that share the metadata carry longer keys and are left out.
/// </summary>
public sealed record ReminderPost(string EffectKey, long IncidentId, int Missed, DateTimeOffset At)
{
    public static List<ReminderPost> Of(FakeSlackServer slack) =>
        [.. slack.CallsTo("chat.postMessage")
            .Where(c => c.Error is null && !c.Faulted && c.Args.TryGetValue("metadata", out var m) && m.Contains(ReminderMessage.MetadataEventType, StringComparison.Ordinal))
            .Select(c => (Key: JsonNode.Parse(c.Args["metadata"])?["event_payload"]?["effect_key"]?.GetValue<string>(), c.At))
            .Select(c => (c.Key, Parts: c.Key?.Split(':') ?? [], c.At))
            .Where(c => c.Parts is ["inc", _, "reminder", _, _])
            .Select(c => new ReminderPost(c.Key!, long.Parse(c.Parts[1], CultureInfo.InvariantCulture), int.Parse(c.Parts[4], CultureInfo.InvariantCulture), c.At))];
}
