using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Cutting text to Slack's limits without breaking what Slack formats in it.</summary>
public sealed class SlackTextTests
{
    private const string Marker = " …";

    [Test]
    public void Truncate_CutFallsInsideAMention_CutsBeforeTheWholeMention()
    {
        var text = new string('a', 20) + " <@U123456|bob> and more text after it";

        var cut = SlackText.Truncate(text, 21 + 5 + Marker.Length);

        Assert.That(cut, Is.EqualTo(new string('a', 20) + " " + Marker));
    }

    [Test]
    public void Truncate_CutFallsInsideAnEntity_CutsBeforeTheWholeEntity()
    {
        var text = new string('a', 20) + "&amp; and more text after it";

        var cut = SlackText.Truncate(text, 22 + Marker.Length);

        Assert.That(cut, Is.EqualTo(new string('a', 20) + Marker));
    }

    [Test]
    public void Truncate_CutFallsInsideALink_CutsBeforeTheWholeLink()
    {
        var text = "see <https://status.example.com/incidents/42|the status page> now, and more";

        Assert.That(SlackText.Truncate(text, 30 + Marker.Length), Is.EqualTo("see " + Marker));
    }

    [Test]
    public void Truncate_CutFallsBetweenTwoTokens_KeepsTheFirstWhole()
    {
        var text = "<@U1> & <@U2> and more text after it, enough to be cut";

        Assert.That(SlackText.Truncate(text, 8 + Marker.Length), Is.EqualTo("<@U1> & " + Marker));
    }

    [Test]
    public void Truncate_CutFallsInsideAnEmojiSurrogatePair_KeepsThePairWhole()
    {
        var text = new string('a', 9) + "\U0001F525 and more text after it";

        Assert.That(SlackText.Truncate(text, 10 + Marker.Length), Is.EqualTo(new string('a', 9) + Marker));
    }

    [Test]
    public void Truncate_ABareAngleBracketWithNoTokenAfter_CutsAtTheLimit()
    {
        var text = "a &lt; b, " + new string('x', 60);

        Assert.That(SlackText.Truncate(text, 20 + Marker.Length), Is.EqualTo(text[..20] + Marker));
    }

    [Test]
    public void Truncate_ShortText_IsUnchanged() => Assert.That(SlackText.Truncate("<@U1> & co", 50), Is.EqualTo("<@U1> & co"));
}
