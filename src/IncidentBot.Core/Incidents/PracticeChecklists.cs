using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The checklists an incident of a type starts with: the type's own when configured, else the practice's, in the
/// workspace's words (<c>types.activation.1</c>, … in the catalogue, numbered without gaps).
/// </summary>
public static class PracticeChecklists
{
    /// <summary>The practice's activation item the bot has done by declaring: the incident channel. It starts ticked.</summary>
    public const int ChannelItem = 1;

    public static IReadOnlyList<string> Items(Words words, IncidentType type, ChecklistKind kind)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(type);
        var configured = kind == ChecklistKind.Activation ? type.Activation : type.Verification;
        return configured ?? Practice(words, kind);
    }

    /// <summary>Whether the list is the practice's own, whose first activation item the channel itself ticks.</summary>
    public static bool IsPractice(IncidentType type, ChecklistKind kind) =>
        (kind == ChecklistKind.Activation ? type.Activation : type.Verification) is null;

    private static List<string> Practice(Words words, ChecklistKind kind)
    {
        var prefix = $"types.{kind.ToString().ToLowerInvariant()}.";
        var items = new List<string>();
        for (var n = 1; words.Has(prefix + n); n++)
        {
            items.Add(words[prefix + n]);
        }

        return items;
    }
}
