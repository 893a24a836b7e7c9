using System.Globalization;
using IncidentBot.Tests.Support;
using IncidentBot.Tests.Web;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// <c>/incident report</c>: posted visibly where asked, with the period's counts, targets and longest incidents, no
/// private incident, and a link to the web view's insights; a period it cannot read is explained to the asker alone.
/// </summary>
[TestFixture]
public sealed class ReportCommandTests
{
    private BotHarness _bot = null!;
    private DateTimeOffset _now;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(WebViewTests.Settings(slack.OpenId.ClientId, slack.OpenId.ClientSecret), slack);
        _now = TimeProvider.System.GetUtcNow();
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await ResolveSteps.ResolveAsync(_bot, open);
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await ResolveSteps.ResolveAsync(_bot, secret);
        slack.AddChannel("CREPORTS", "reports", false, slack.BotUserId, "U3");
        await _bot.WaitForIdleAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Report_ThisMonth_PostedInChannelWithoutPrivateIncidents()
    {
        var month = _now.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var answer = await _bot.Requests.CommandAsync($"report monthly {month}", "U3");

        var text = MessageText.Of(answer.Json!["blocks"]!.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(answer.Json!["response_type"]!.GetValue<string>(), Is.EqualTo("in_channel"));
            Assert.That(answer.Text, Is.EqualTo($"Incident report for {month}: SEV2 1 · All 1"));
            Assert.That(text, Does.Contain("MTTA SEV0: — (target under 5 min) —"), "the worst rung had no incident anyone may read of");
            Assert.That(text, Does.Contain("INC-1 Search is slow · SEV2 ·"));
            Assert.That(text, Does.Not.Contain("Leaked"));
            Assert.That(text, Does.Contain("<http://web.test/insights|"));
        });
    }

    [Test]
    public async Task Report_Quarterly_NamesTheQuarter()
    {
        var quarter = $"{_now.Year}-Q{((_now.Month - 1) / 3) + 1}";

        var answer = await _bot.Requests.CommandAsync($"report quarterly {quarter}", "U2");

        Assert.That(answer.Text, Does.StartWith($"Quarterly incident report for {quarter}: SEV2 1"));
    }

    [Test]
    public async Task Report_ChartFollowsInTheSameChannel_ARealPngUploadedOnce()
    {
        var month = _now.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        await _bot.Requests.CommandAsync($"report monthly {month}", "U3", "CREPORTS");
        var files = await ResolveSteps.WaitForFilesAsync(_bot, "CREPORTS", 1);

        var chart = files.Single();
        Assert.Multiple(() =>
        {
            Assert.That(chart.Filename, Is.EqualTo($"incident-report-{month}.png"));
            Assert.That(Png.IsPng(chart.Bytes.Span), Is.True, "a PNG's signature and header");
            Assert.That(Png.Size(chart.Bytes.Span), Is.EqualTo((1200, 450)));
            Assert.That(chart.Bytes.Length, Is.GreaterThan(5_000), "drawn, not blank");
            Assert.That(chart.InitialComment, Does.StartWith($"Chart for the incident report {month}"));
        });
    }

    [Test]
    public async Task Report_ChartCannotBeSharedThere_TheAskerIsTold()
    {
        await _bot.WaitForIdleAsync();

        // A channel the bot was never added to: Slack answers the file's sharing with channel_not_found.
        var answer = await _bot.Requests.CommandAsync("report", "U2", "CNOTMEMBER");
        await _bot.WaitForIdleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(answer.Json!["response_type"]!.GetValue<string>(), Is.EqualTo("in_channel"), "the report itself stands");
            Assert.That(ResolveSteps.NoticesTo(_bot, "U2"), Does.Contain("The report's chart could not be shared here"));
            Assert.That(ResolveSteps.FilesIn(_bot, "CNOTMEMBER"), Is.Empty);
        });
    }

    [TestCase("report weekly")]
    [TestCase("report 2026-13")]
    [TestCase("report monthly 2026-Q2")]
    public async Task Report_BadPeriod_ExplainsTheUsageToTheAskerAlone(string command)
    {
        var answer = await _bot.Requests.CommandAsync(command, "U2", "CBADPERIOD");
        await _bot.WaitForIdleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(answer.Json!["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(answer.Text, Does.Contain("is not a report period. Usage: `/incident report [monthly|quarterly] [period]`"));
            Assert.That(_bot.Slack.State.Files.Where(f => f.Channel == "CBADPERIOD"), Is.Empty, "no chart for a report not given");
        });
    }
}
