using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;
using IncidentBot.Integrations;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// <c>/incident integrations</c>: end to end, PagerDuty shown on with its last call (made by the declare) succeeded and
/// the reader's own zone used for its time; arguments answered with the usage; the answer's lines for an integration
/// that is off and one whose last call failed.
/// </summary>
[TestFixture]
public sealed class IntegrationsCommandTests
{
    [Test]
    public async Task Integrations_AfterAPagerDutyCall_ShowsItOnWithItsLastCall_OnlyToTheAsker()
    {
        await using var pagerDuty = await FakePagerDuty.StartAsync();
        await using var bot = await BotHarness.StartAsync(ResolveSteps.Settings(PagerDutySteps.Settings(pagerDuty, "sev1")));
        await ResolveSteps.DeclareAsync(bot);
        await bot.WaitForIdleAsync();

        var answer = await bot.Requests.CommandAsync("integrations", "U2");

        Assert.That((string?)answer.Json!["response_type"], Is.EqualTo("ephemeral"));
        var shown = (string?)answer.Json["blocks"]![1]!["text"]!["text"];
        Assert.That(answer.Text, Is.EqualTo($"Integrations: 1 of {IntegrationDirectory.Known.Count} on"), "PagerDuty on, the others off");
        Assert.That(shown, Does.Match(@"^\*PagerDuty\*: :large_green_circle: on · last call <!date\^\d+\^[^|]+\|[^>]+>: succeeded \(202\)\n\*Opsgenie\*: :white_circle: off · no call yet\n"));

        var usage = await bot.Requests.CommandAsync("integrations pagerduty", "U2");
        Assert.That(usage.Text, Does.Contain("takes no arguments").And.Contain("`/incident integrations`"));
    }

    [Test]
    public void Answer_OffAndFailed_SaysSo()
    {
        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        var (text, blocks) = IntegrationsAnswer.Build(Words.English, [
            new IntegrationState("pagerduty", "PagerDuty", true, new IntegrationCall("pagerduty", at, false, "503")),
            new IntegrationState("opsgenie", "Opsgenie", false, null),
        ]);

        Assert.That(text, Is.EqualTo("Integrations: 1 of 2 on"));
        var lines = ((string?)blocks[1]!["text"]!["text"])!.Split('\n');
        Assert.That(lines, Is.EqualTo(new[]
        {
            $"*PagerDuty*: :large_green_circle: on · last call <!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|2026-12-03 10:00 UTC>: :warning: failed (503)",
            "*Opsgenie*: :white_circle: off · no call yet",
        }));
    }
}
