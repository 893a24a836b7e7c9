using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IncidentBot.Tests.Support;

/// <summary>
/// The English words left in text meant to be another language: what a reader sees once Slack tokens (mentions, channel
/// and link references), emoji codes, code spans (<c>`/incident declare`</c> stays English by design), addresses,
/// references such as <c>INC-3</c>, <c>SEV1</c>, <c>P1</c> and zone names are set aside. A few words are the same in every
/// language: the product's, Slack's and the integrated vendors' names and the industry's abbreviations.
/// </summary>
public static partial class EnglishLeft
{
    private static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        "Slack", "IncidentBot", "MTTA", "MTTM", "MTTR", "UTC", "ETA", "IC", "SLA", "SLO", "Markdown", "md",
        // The vendors the bot works with, by their own names.
        "PagerDuty", "Opsgenie", "Jira", "Linear", "Confluence", "Statuspage", "Zoom",
    };

    /// <summary>The English words in <paramref name="text"/>.</summary>
    public static IEnumerable<string> In(string? text) => text is null
        ? []
        : Word().Matches(NotWords().Replace(text, " ")).Select(m => m.Value).Where(w => !SameInEveryLanguage.Contains(w));

    /// <summary>
    /// Every text a reader sees in a Block Kit payload (message blocks, a view): the <c>text</c> of every text object
    /// (sections, fields, buttons, options, labels, placeholders, titles) and prefilled <c>initial_value</c>s; never the
    /// identifiers (<c>action_id</c>, <c>type</c>, <c>value</c>) Slack does not show.
    /// </summary>
    public static IEnumerable<string> Visible(string? json) => json is null ? [] : Visible(JsonNode.Parse(json));

    public static IEnumerable<string> Visible(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key is "text" or "initial_value" or "alt_text" && kv.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Visible(kv.Value)),
        JsonArray a => a.SelectMany(Visible),
        _ => [],
    };

    [GeneratedRegex(@"&(?:lt|gt|amp);|<[^<>]*>|:[a-z0-9_+\-']+:|`[^`]*`|https?://\S+|\b[A-Za-z]+-?\d+\b|\b[A-Z][a-z]+/[A-Za-z_]+\b|\.md\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
