using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed partial class MarkdownTextTests
{
    private const string J = "\u2060";

    private const string Hostile = "<!here> <!channel|channel> <!everyone> <!subteam^S1|oncall> @here @channel @everyone " +
        "<https://evil.example|Grafana> [Docs](https://evil.example) <a href=\"https://evil.example\">Runbook</a> <@U7|carol>";

    [TestCase("<@U1|bob> paged <@U2>", "@bob paged @U2")]
    [TestCase("see <#C9|ops> and <https://x.test/a>", "see #ops and <https://x.test/a>")]
    [TestCase("plain a < b", "plain a < b")]
    public void Readable_SlackMarkup_BecomesPlainMarkdown(string text, string expected) =>
        Assert.That(MarkdownText.Readable(text), Is.EqualTo(expected));

    [TestCase("see <https://evil.example|Grafana>", "see Grafana (<https://evil.example>)")]
    [TestCase("see [Grafana](https://evil.example)", "see \\[Grafana\\](https://evil.example)")]
    [TestCase("see <a href=\"https://evil.example\">Grafana</a>", "see &lt;a href=\"https://evil.example\">Grafana&lt;/a>")]
    [TestCase("<@U1|[Grafana](https://evil.example)>", "@\\[Grafana\\](https://evil.example)")]
    [TestCase("<#C1|[ops](https://evil.example)>", "#\\[ops\\](https://evil.example)")]
    [TestCase("<@U1|<img src=x onerror=alert(1)>", "<@U1|&lt;img src=x onerror=alert(1)>")]
    [TestCase("<https://ok.example [Grafana](https://evil.example)|x>", "&lt;https://ok.example \\[Grafana\\](https://evil.example)|x>")]
    [TestCase("<!date^1700000000^{date_short} {time}|[Grafana](https://evil.example)>", "\\[Grafana\\](https://evil.example)")]
    public void Readable_DisguisedLink_ShowsTheRealAddress(string text, string expected) =>
        Assert.That(MarkdownText.Readable(text), Is.EqualTo(expected));

    [TestCase("<!here> and <!channel|channel>", "@" + J + "here and @" + J + "channel")]
    [TestCase("<!subteam^S1|@oncall> and <!subteam^S2>", "@" + J + "oncall and @" + J + "S2")]
    [TestCase("@everyone look, mail ops@here.example", "@" + J + "everyone look, mail ops@here.example")]
    public void Readable_WholeChannelAndGroupMentions_ReadAsWordsThatNotifyNobody(string text, string expected) =>
        Assert.That(MarkdownText.Readable(text), Is.EqualTo(expected));

    [Test]
    public void Cell_PipesAndLineBreaks_StayInOneCell() =>
        Assert.That(MarkdownText.Cell("a | b\r\nc"), Is.EqualTo("a \\| b<br>c"));

    [TestCase("en")]
    [TestCase("ru")]
    public void Compile_HostileTextEverywhere_NoMentionThatNotifiesAndNoDisguisedLinkSurvives(string language)
    {
        var incident = SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { Title = Hostile, Summary = Hostile, Impact = Hostile };
        var input = SampleIncident.Input(
            timeline: [SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV1: " + Hostile), SampleIncident.Entry(5, TimelineKind.PinnedMessage, Hostile)],
            actions: [new ActionItem(1, 7, 1, Hostile, "U2", null, "p1", ActionItemState.Open, "U1", SampleIncident.Declared)],
            rootCause: Hostile, incident: incident);

        var markdown = PostmortemCompiler.Compile(language == "ru" ? Words.Russian : Words.English, input);

        Assert.That(Leak().Matches(markdown).Select(m => m.Value), Is.Empty);
        Assert.That(markdown, Does.Contain("Grafana (<https://evil.example>)").And.Contain("@carol"));
    }

    [GeneratedRegex(@"<!|(?<![\w.+\-])@(?:here|channel|everyone|oncall)\b|(?<!\\)\]\(|<a |\[Grafana\]", RegexOptions.IgnoreCase)]
    private static partial Regex Leak();
}
