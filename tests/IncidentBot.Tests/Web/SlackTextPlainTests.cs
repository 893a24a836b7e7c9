using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

public sealed class SlackTextPlainTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["U1"] = "Alice Able" };

    [TestCase("<@U1> took Incident Commander", "@Alice Able took Incident Commander")]
    [TestCase("<@U7> is unknown", "@U7 is unknown")]
    [TestCase("<@U7|bob> labelled", "@bob labelled")]
    [TestCase("see <#C1|ops> and <#C2>", "see #ops and #C2")]
    [TestCase("<https://evil.example|Grafana>", "Grafana (https://evil.example)")]
    [TestCase("<https://grafana.example>", "https://grafana.example")]
    [TestCase("<!here> and <!subteam^S1|@oncall>", "@here and @oncall")]
    [TestCase("<!date^1700000000^{date}|Nov 14>", "Nov 14")]
    [TestCase("a &lt;b&gt; &amp;amp; c", "a <b> &amp; c")]
    [TestCase("plain words", "plain words")]
    [TestCase("Checkout <script>alert(1)</script> failing", "Checkout <script>alert(1)</script> failing")]
    public void Read_GivesPlainWords(string slack, string plain) =>
        Assert.That(SlackTextPlain.Read(slack, Names), Is.EqualTo(plain));

    [Test]
    public void MentionedUsers_FindsEachPersonMentioned() =>
        Assert.That(SlackTextPlain.MentionedUsers("<@U1> asked <@U2|bo> in <#C1>"), Is.EqualTo(new[] { "U1", "U2" }));
}
