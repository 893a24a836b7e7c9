using System.Globalization;
using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The executive summary: two or three sentences from the record (what happened and for how long, the impact, how it
/// was resolved and why), then what was said at declaration and in the last update, and a prompt to edit it.
/// </summary>
public static class PostmortemSummary
{
    public static void Write(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.summary.heading"]);
        sb.AppendLine(string.Join(' ', Sentences(words, input))).AppendLine();
        if (!string.IsNullOrWhiteSpace(input.Incident.Summary))
        {
            sb.AppendLine(words.Text("postmortem.summary.declared", ("text", MarkdownText.Readable(input.Incident.Summary.Trim(), input.Names))))
                .AppendLine();
        }

        if (input.Posted.Count > 0 && input.Posted[^1] is var last)
        {
            sb.AppendLine(words.Text("postmortem.summary.last_update", ("number", last.Number.ToString(CultureInfo.InvariantCulture)),
                ("status", words.Status(last.Status)), ("text", MarkdownText.Readable(last.Summary.Trim(), input.Names)))).AppendLine();
        }

        sb.AppendLine(words["postmortem.summary.prompt"]);
    }

    /// <summary>What happened and for how long; the impact as last recorded; the resolution and root cause when recorded.</summary>
    public static IReadOnlyList<string> Sentences(Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(input);
        var incident = input.Incident;
        var what = words.Text(incident.ResolvedAt is null ? "postmortem.summary.what_open" : "postmortem.summary.what",
            ("title", MarkdownText.Readable(incident.Title, input.Names)), ("severity", input.Severity.DisplayKey), ("label", words.Label(input.Severity)),
            ("start", words.Text("postmortem.header.utc", ("time", words.DateTime(input.StartedAt.ToUniversalTime())))),
            ("duration", words.Duration(input.End - input.StartedAt)));
        var impact = PostmortemImpact.Latest(input) is { } text ? MarkdownText.Readable(text, input.Names) : words["postmortem.impact.not_recorded"];
        var sentences = new List<string> { Sentence(what), Sentence(words.Text("postmortem.summary.impact", ("impact", impact))) };
        if (input.Resolution?.Summary is { } summary && !string.IsNullOrWhiteSpace(summary))
        {
            var ended = words.Text("postmortem.summary.resolution", ("text", MarkdownText.Readable(summary.Trim(), input.Names)));
            sentences.Add(Sentence(PostmortemCompiler.RootCauseText(input) is { } cause
                ? words.Text("postmortem.summary.resolution_cause", ("resolution", ended.TrimEnd('.', ' ')), ("cause", cause))
                : ended));
        }

        return sentences;
    }

    /// <summary>The text ending in a full stop unless it already ends a sentence.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '_' or '…' ? trimmed : trimmed + ".";
    }
}
