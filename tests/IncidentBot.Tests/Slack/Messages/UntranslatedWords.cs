using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// The Latin-letter words left in a text meant to be Russian, once what stays as it is in every language is set aside:
/// Slack's tokens (<c>&lt;@U1&gt;</c>, <c>&lt;#C1&gt;</c>, <c>&lt;!date^…&gt;</c>, links), emoji codes, <c>`/incident …`</c>
/// syntax, references and codes (<c>INC-3</c>, <c>SEV1</c>, <c>P1</c>, <c>due:</c>) and the product name Slack.
/// </summary>
internal static partial class UntranslatedWords
{
    public static IReadOnlyList<string> In(string text)
    {
        var rest = Allowed().Replace(text, " ");
        return LatinWord().Matches(rest).Select(m => m.Value).ToList();
    }

    /// <summary>Every string of a Block Kit payload, joined: what a reader sees of it.</summary>
    public static string Of(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Where(p => p.Key is not ("type" or "action_id" or "block_id" or "value" or "style")).Select(p => Of(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Of)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => "",
    };

    [GeneratedRegex(@"<[^>]*>|:[a-z0-9_+-]+:|`[^`]*`|INC-\d+|SEV\d|\b[pP]\d\b|due:\S*|Slack", RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();

    [GeneratedRegex(@"[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
