using Markdig;

namespace IncidentBot.Integrations;

/// <summary>
/// A post-mortem's Markdown in Confluence's storage format (XHTML): CommonMark with pipe tables rendered as XHTML, raw
/// HTML in the Markdown shown as text rather than passed through, so the page holds only what the Markdown describes.
/// </summary>
public static class ConfluenceStorage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string FromMarkdown(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);
}
