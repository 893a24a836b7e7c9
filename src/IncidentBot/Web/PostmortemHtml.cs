using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentBot.Web;

/// <summary>
/// A post-mortem's Markdown as HTML for the incident page, made safe for a page anyone in the workspace may open: raw
/// HTML in the Markdown is shown as text, never as markup; a link shows where it goes next to its words (a label cannot
/// disguise its address); links other than http, https and mailto are plain text; images are links to the image.
/// </summary>
public static class PostmortemHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseTaskLists().Build();

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Defuse(link);
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Defuse(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
        var label = Label(link);
        if (!IsSafe(url))
        {
            link.ReplaceBy(new LiteralInline(label.Length > 0 ? label : url), copyChildren: false);
            return;
        }

        link.IsImage = false;
        if (string.Equals(label, url, StringComparison.Ordinal) || link.IsAutoLink)
        {
            return;
        }

        // "words (address)": the words as text, the address as the link's only text.
        var shown = new LinkInline(url, link.Title ?? string.Empty);
        shown.AppendChild(new LiteralInline(url));
        var words = new LiteralInline(label.Length > 0 ? $"{label} (" : "(");
        link.ReplaceBy(words, copyChildren: false);
        words.InsertAfter(shown);
        shown.InsertAfter(new LiteralInline(")"));
    }

    private static string Label(ContainerInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())
            .Concat(link.Descendants<CodeInline>().Select(c => c.Content)));

    private static bool IsSafe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
}
