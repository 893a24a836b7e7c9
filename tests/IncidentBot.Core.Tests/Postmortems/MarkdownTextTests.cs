using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed class MarkdownTextTests
{
    [TestCase("<@U1|bob> paged <@U2>", "@bob paged @U2")]
    [TestCase("see <#C9|ops> and <https://x.test/a|the graph>", "see #ops and [the graph](https://x.test/a)")]
    [TestCase("plain a < b", "plain a < b")]
    public void Readable_SlackMarkup_BecomesPlainMarkdown(string text, string expected) =>
        Assert.That(MarkdownText.Readable(text), Is.EqualTo(expected));

    [Test]
    public void Cell_PipesAndLineBreaks_StayInOneCell() =>
        Assert.That(MarkdownText.Cell("a | b\r\nc"), Is.EqualTo("a \\| b<br>c"));
}
