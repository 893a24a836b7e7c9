using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Escaping what people wrote without breaking what Slack formatted in it.</summary>
public sealed class SlackTextTests
{
    [TestCase("waiting on <@U9|bob>", "waiting on <@U9|bob>")]
    [TestCase("paging <!subteam^S0ONCALL|@oncall> in <#C1|ops>", "paging <!subteam^S0ONCALL|@oncall> in <#C1|ops>")]
    [TestCase("see <https://status.example.com|status>", "see &lt;https://status.example.com|status&gt;")]
    [TestCase("<!channel> <!here> <!everyone>", "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt;")]
    [TestCase("A &amp; B, 5 &lt; 7", "A &amp; B, 5 &lt; 7")]
    [TestCase("A & B, 5 < 7 > 3", "A &amp; B, 5 &lt; 7 &gt; 3")]
    [TestCase("<script>", "&lt;script&gt;")]
    [TestCase("half a token <@U9", "half a token &lt;@U9")]
    public void EscapeKeepingMentions_KeepsSlacksTokensAndEscapesTheRest(string text, string expected) =>
        Assert.That(SlackText.EscapeKeepingMentions(text), Is.EqualTo(expected));
}
