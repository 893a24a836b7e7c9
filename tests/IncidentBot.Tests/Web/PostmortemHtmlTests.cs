using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

/// <summary>A post-mortem's Markdown becomes HTML a reader can trust: no markup of its own, no disguised or scripted links.</summary>
public sealed class PostmortemHtmlTests
{
    [Test]
    public void Render_MarkdownStructure_BecomesHtml()
    {
        var html = PostmortemHtml.Render("# INC-4\n\n## Timeline\n\n| When | What |\n|---|---|\n| 10:00 | paged |\n\n- [x] rolled back\n");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>INC-4</h1>").And.Contain("<h2>Timeline</h2>"));
            Assert.That(html, Does.Contain("<table>").And.Contain("<td>paged</td>"));
            Assert.That(html, Does.Contain("checkbox"));
        });
    }

    [Test]
    public void Render_RawHtml_ShownAsText()
    {
        var html = PostmortemHtml.Render("<img src=x onerror=alert(1)>\n\nText <b onclick=\"x()\">bold</b>");

        Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("<b ").And.Contain("&lt;b onclick="));
    }

    [Test]
    public void Render_Links_ShowTheirAddressAndOnlyWebOnesAreLinks()
    {
        var html = PostmortemHtml.Render("[status](https://status.example) [click](javascript:alert(1)) <https://plain.example> ![graph](https://img.example/g.png)");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<p>status (<a href=\"https://status.example\">https://status.example</a>) click <a"), "the words once, then the address");
            Assert.That(html, Does.Contain("click").And.Not.Contain("javascript:"), "a script link is plain text");
            Assert.That(html, Does.Contain("<a href=\"https://plain.example\">https://plain.example</a>"));
            Assert.That(html, Does.Contain("graph (<a href=\"https://img.example/g.png\">https://img.example/g.png</a>)").And.Not.Contain("<img"));
        });
    }
}
