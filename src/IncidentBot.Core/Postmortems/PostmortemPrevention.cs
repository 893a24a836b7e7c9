using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Prevention: the recorded action items that carry it (the most urgent first, at most <see cref="TopActions"/>), then the
/// practice's three questions — prevent it, detect it faster, respond better — for the team to answer.
/// </summary>
public static class PostmortemPrevention
{
    public const int TopActions = 5;

    public static void Write(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.prevention.heading"]);
        var top = Top(input.Actions);
        if (top.Count > 0)
        {
            var items = top.Select(a => words.Text("postmortem.prevention.action", ("number", a.Number),
                ("text", MarkdownText.Readable(a.Text, input.Names)), ("priority", a.Priority.ToUpperInvariant())));
            sb.Append("- ").AppendLine(words.Text("postmortem.prevention.actions", ("actions", string.Join(words["postmortem.list_joiner"], items))));
        }

        sb.Append("- ").AppendLine(words["postmortem.prevention.prevent"]);
        sb.Append("- ").AppendLine(words["postmortem.prevention.detect"]);
        sb.Append("- ").AppendLine(words["postmortem.prevention.respond"]);
    }

    /// <summary>The most urgent action items: by priority (P0 first), then in the order they were added.</summary>
    public static IReadOnlyList<ActionItem> Top(IReadOnlyList<ActionItem> actions) =>
        actions.OrderBy(a => a.Priority, StringComparer.Ordinal).ThenBy(a => a.Number).Take(TopActions).ToList();
}
