using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// What a reader sees of a message (its fallback text and every <c>text</c> of its blocks, never identifiers), its
/// buttons, and the Latin words left in it once Slack tokens, emoji codes, code spans and references such as <c>INC-3</c> or <c>SEV1</c>
/// are set aside: in a Russian message, each is a literal that bypassed the catalogue.
/// </summary>
internal static partial class ShownText
{
    public static List<string> Of((string Text, JsonArray Blocks) message) => [message.Text, MessageText.Of(message.Blocks.ToJsonString())];

    /// <summary>The button labels of a block list.</summary>
    public static List<string> Buttons(JsonArray blocks) => blocks.OfType<JsonObject>()
        .Where(b => (string?)b["type"] == "actions")
        .SelectMany(b => b["elements"]!.AsArray().Select(e => (string)e!["text"]!["text"]!))
        .ToList();

    public static List<string> Latin(IEnumerable<string> texts) =>
        texts.SelectMany(t => Word().Matches(NotWords().Replace(t, " ")).Select(m => m.Value)).ToList();

    [GeneratedRegex(@"<[^<>]*>|:[a-z0-9_+\-']+:|`[^`]*`|\b[A-Za-z]+-?\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
