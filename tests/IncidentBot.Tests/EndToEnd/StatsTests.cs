using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident stats [Nd]</c>: counts and mean times per severity; private incidents count but are never named.</summary>
[TestFixture]
public sealed class StatsTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Stats_AfterIncidents_CountsPerSeverityWithMeansAndRates()
    {
        var resolved = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Secret customer data thing");
        await ResolveSteps.DeclareAsync(_bot, "declare sev3 Typo on the status page");
        await _bot.Requests.CommandAsync("action Add a canary", "U1", resolved.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, resolved);
        await ResolveSteps.WaitForFilesAsync(_bot, resolved.ChannelId!, 1);

        var answer = await _bot.Requests.CommandAsync("stats", "U3");

        var text = MessageText.Of(answer.Json!["blocks"]!.ToJsonString());
        Assert.That(answer.Text, Is.EqualTo("Incidents in the last 30 days: 3"));
        Assert.That(text, Does.Contain("*SEV1* · 2 (1 private, 1 open) · MTTA 0 s · MTTM").And.Contain("*SEV3* · 1 (1 open)"));
        Assert.That(text, Does.Contain("Post-mortems completed: 0% (0 of 1)"));
        Assert.That(text, Does.Contain("Action items completed: 0% (0 of 1)"));
        Assert.That(text, Does.Not.Contain("Secret").And.Not.Contain("Checkout"));
    }

    [TestCase("stats 0d")]
    [TestCase("stats 400d")]
    [TestCase("stats two weeks")]
    public async Task Stats_BadWindow_ExplainsTheUsage(string command)
    {
        var answer = await _bot.Requests.CommandAsync(command);

        Assert.That(answer.Text, Does.Contain("is not a window. Usage: `/incident stats [Nd]`"));
    }

    [Test]
    public async Task Stats_NoIncidents_SaysSo()
    {
        var answer = await _bot.Requests.CommandAsync("stats 7d");

        Assert.That(answer.Text, Is.EqualTo("Incidents in the last 7 days: 0"));
    }
}
