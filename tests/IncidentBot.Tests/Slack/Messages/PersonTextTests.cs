using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Text people typed, as it enters a message: the people they named stay mentions, nothing more notifies.</summary>
public sealed class PersonTextTests
{
    private const string J = "\u2060";

    [TestCase("waiting on <@U9|bob>", "waiting on <@U9|bob>")]
    [TestCase("in <#C1|ops>", "in <#C1|ops>")]
    [TestCase("<!channel> <!here> <!everyone>", "@" + J + "channel @" + J + "here @" + J + "everyone")]
    [TestCase("<!channel|channel> <!here|@here> <!group>", "@" + J + "channel @" + J + "here @" + J + "group")]
    [TestCase("paging <!subteam^S0ONCALL|@oncall>", "paging @" + J + "oncall")]
    [TestCase("paging <!subteam^S0ONCALL>", "paging @" + J + "S0ONCALL")]
    [TestCase("@here checkout is down, @Channel too", "@" + J + "here checkout is down, @" + J + "channel too")]
    [TestCase("mail ops@here.example or me@channel.io", "mail ops@here.example or me@channel.io")]
    [TestCase("see <https://evil.example|Grafana>", "see Grafana (<https://evil.example>)")]
    [TestCase("see <https://status.example.com>", "see <https://status.example.com>")]
    [TestCase("A &amp; B, 5 &lt; 7", "A &amp; B, 5 &lt; 7")]
    [TestCase("A & B, 5 < 7 > 3", "A &amp; B, 5 &lt; 7 &gt; 3")]
    [TestCase("<script>", "&lt;script&gt;")]
    [TestCase("half a token <@U9", "half a token &lt;@U9")]
    public void Mrkdwn_PeopleStayMentionsAndNothingElseNotifies(string text, string expected) =>
        Assert.That(PersonText.Mrkdwn(text), Is.EqualTo(expected));

    [TestCase("55117 \u0000 down\u0007", "55117  down")]
    [TestCase("line one\nline two\tend\u001B[31m", "line one\nline two\tend[31m")]
    public void Mrkdwn_ControlCharactersAndHalfPairs_NeverReachSlack(string text, string expected)
    {
        Assert.That(PersonText.Mrkdwn(text), Is.EqualTo(expected));
        Assert.That(PersonText.Plain(text), Is.EqualTo(expected));
    }

    [Test]
    public void Mrkdwn_HalfPairs_ReadAsReplacementCharacters()
    {
        // Built in code: an attribute cannot carry a lone surrogate.
        var text = "half " + '\uD83D' + " pair " + '\uDE00' + " whole \uD83D\uDE00";

        Assert.That(PersonText.Mrkdwn(text), Is.EqualTo("half \uFFFD pair \uFFFD whole \uD83D\uDE00"));
    }

    [TestCase("<!here> checkout", "@" + J + "here checkout")]
    [TestCase("@everyone look <https://evil.example|Grafana>", "@" + J + "everyone look Grafana (https://evil.example)")]
    [TestCase("A & B <@U1>", "A & B <@U1>")]
    public void Plain_NothingNotifiesAndLinksShowTheirAddress(string text, string expected) =>
        Assert.That(PersonText.Plain(text), Is.EqualTo(expected));
}
