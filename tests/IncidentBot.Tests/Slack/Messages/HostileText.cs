using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Text an unfriendly member types, and the check that nothing of it notifies more than the people named.</summary>
internal static partial class HostileText
{
    /// <summary>Every way to ping a channel or a group, a disguised link, and one person, who must still be mentioned.</summary>
    public const string Value = "<!here> <!channel|channel> <!everyone> <!subteam^S1|oncall> @here @channel @everyone " +
        "<https://evil.example|Grafana> <@U7|carol>";

    /// <summary>The user group the admin configured as an escalation target: the bot's own mention of it is allowed.</summary>
    public const string ConfiguredGroup = "S0ONCALL";

    /// <summary>What in <paramref name="text"/> would notify a whole channel or an unconfigured group, or disguise the hostile link.</summary>
    public static IEnumerable<string> Leaks(string text) =>
        Leak().Matches(text).Select(m => m.Value).Where(v => !v.Contains(ConfiguredGroup, StringComparison.Ordinal));

    /// <summary>Every string in a builder's result: a string, a JSON node, a (text, blocks) pair, a command reply, a list of those.</summary>
    public static IEnumerable<string> Strings(object? result) => result switch
    {
        null => [],
        string s => [s],
        JsonNode node => node switch
        {
            JsonObject o => o.SelectMany(kv => Strings(kv.Value)),
            JsonArray a => a.SelectMany(Strings),
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        },
        CommandReply reply => Strings(reply.Text).Concat(Strings(reply.Blocks)),
        System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Strings(tuple[i])),
        System.Collections.IEnumerable items => items.Cast<object?>().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"<!(?:here|channel|everyone|group|subteam)[^>]*>?|(?<![\w.+\-])@(?:here|channel|everyone|group)(?![\w\-])|<[^<>|]*\|Grafana>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leak();
}
