using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// What a recompile changed: the sections (by their <c>## heading</c>) whose text differs from the previous version's,
/// added or gone, in the new version's order and then the ones gone. The header lines above the first section (compile
/// time, status) are not compared: they change on every compile.
/// </summary>
public static class PostmortemChanges
{
    /// <summary>The headings of the sections that differ between two compiled versions.</summary>
    public static IReadOnlyList<string> Between(string previous, string current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = Sections(previous);
        var after = Sections(current);
        var changed = after.Where(s => !before.TryGetValue(s.Key, out var old) || old != s.Value).Select(s => s.Key);
        var gone = before.Keys.Where(k => !after.ContainsKey(k));
        return changed.Concat(gone).ToList();
    }

    /// <summary>
    /// <paramref name="markdown"/> with a line under its title saying what changed since <paramref name="previousVersion"/>
    /// (<see cref="Between"/>), or that nothing did.
    /// </summary>
    public static string Mark(Words words, string markdown, int previousVersion, IReadOnlyList<string> changed)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var line = Describe(words, previousVersion, changed);
        var titleEnd = markdown.IndexOf('\n', StringComparison.Ordinal);
        return titleEnd < 0 ? $"{markdown}\n\n{line}\n" : new StringBuilder(markdown.Length + line.Length + 4)
            .Append(markdown, 0, titleEnd + 1).Append('\n').Append(line).Append('\n').Append(markdown, titleEnd + 1, markdown.Length - titleEnd - 1)
            .ToString();
    }

    /// <summary>"Changed since version 1: Timeline, Action items." or "No changes since version 1."</summary>
    public static string Describe(Words words, int previousVersion, IReadOnlyList<string> changed)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(changed);
        return changed.Count == 0
            ? words.Text("postmortem.changes.none", ("version", previousVersion))
            : words.Text("postmortem.changes.some", ("version", previousVersion), ("sections", string.Join(words["postmortem.list_joiner"], changed)));
    }

    /// <summary>Each <c>## heading</c> and the text under it, trimmed; a heading given twice keeps the first.</summary>
    private static Dictionary<string, string> Sections(string markdown)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? heading = null;
        var body = new StringBuilder();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close(sections, heading, body);
                heading = line[3..].Trim();
                body.Clear();
            }
            else if (heading is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        Close(sections, heading, body);
        return sections;
    }

    private static void Close(Dictionary<string, string> sections, string? heading, StringBuilder body)
    {
        if (heading is not null)
        {
            sections.TryAdd(heading, body.ToString().Trim());
        }
    }
}
