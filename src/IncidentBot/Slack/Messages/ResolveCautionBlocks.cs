using System.Text.Json.Nodes;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The resolve form's "resolve anyway?": what is not done yet (verification items nobody ticked, a soak time not yet
/// stable for). Resolving is not refused; the IC decides, with the form's "Resolve anyway" button.
/// </summary>
public static class ResolveCautionBlocks
{
    public const string BlockId = "resolve_caution";
    private const int ItemsNamed = 5;

    public static JsonObject Build(Words words, ResolveCaution caution)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(caution);
        var text = string.Join('\n', [words["types.resolve.caution"], .. Lines(words, caution), words["types.resolve.decide"]]);
        var section = Blocks.Section(SlackText.Truncate(text, Blocks.SectionMax));
        section["block_id"] = BlockId;
        return section;
    }

    private static IEnumerable<string> Lines(Words words, ResolveCaution caution)
    {
        if (caution.Unticked.Count > 0)
        {
            var named = caution.Unticked.Take(ItemsNamed).Select(i => $"\"{SlackText.Escape(i.Text)}\"");
            var items = string.Join(", ", named) + (caution.Unticked.Count > ItemsNamed ? ", …" : "");
            yield return "• " + words.Count("types.resolve.unticked", caution.Unticked.Count, ("items", items));
        }

        if (caution.SoakPending)
        {
            yield return "• " + (caution.StableFor is { } stable
                ? words.Text("types.resolve.soak_left", ("stable", words.Duration(stable)), ("soak", words.Duration(caution.Soak!.Value)))
                : words.Text("types.resolve.not_monitoring", ("soak", words.Duration(caution.Soak!.Value))));
        }
    }
}
