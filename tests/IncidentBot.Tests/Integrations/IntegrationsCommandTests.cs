using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Integrations;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// <c>/incident integrations</c>: end to end, PagerDuty shown on with its last call (made by the declare) succeeded and
/// the reader's own zone used for its time; arguments answered with the usage; the answer's lines for an integration
/// that is off and one whose last call failed; a failure with no answer is put into the reader's language.
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

    [Test]
    public void Answer_InRussian_PutsAFailureWithNoAnswerIntoRussian()
    {
        var at = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        var (_, blocks) = IntegrationsAnswer.Build(Words.Russian, [
            new IntegrationState("pagerduty", "PagerDuty", true, new IntegrationCall("pagerduty", at, false, IntegrationCall.TimedOut)),
            new IntegrationState("jira", "Jira", true, new IntegrationCall("jira", at, false, IntegrationCall.Unreachable)),
            new IntegrationState("zoom", "Zoom", true, new IntegrationCall("zoom", at, false, "timed out")),
        ]);

        var lines = ((string?)blocks[1]!["text"]!["text"])!.Split('\n');
        Assert.That(lines.Select(l => l[l.IndexOf(":warning:", StringComparison.Ordinal)..]), Is.EqualTo(new[]
        {
            ":warning: ошибка (нет ответа вовремя)", ":warning: ошибка (недоступен)", ":warning: ошибка (нет ответа вовремя)",
        }), "no English inside the Russian line, also for a call recorded by an earlier version");
    }

    [Test]
    public async Task Integrations_VendorNotAnswering_RecordsTheFailureAsACode_ShownInTheAskersLanguage()
    {
        var pagerDuty = await FakePagerDuty.StartAsync();
        await using var bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PagerDuty:ApiToken", FakePagerDuty.ApiToken),
            ("IncidentBot:PagerDuty:ScheduleId", FakePagerDuty.ScheduleId), ("IncidentBot:PagerDuty:BaseUrl", pagerDuty.BaseUrl.ToString())));
        bot.Slack.AddUser("U5", "ivan", "Ivan Ivanov", locale: "ru-RU");
        await pagerDuty.DisposeAsync(); // Nothing listens at its address any more.

        await bot.Requests.CommandAsync("oncall", "U5");
        await Eventually.TrueAsync(async () => (await bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync()).ContainsKey("pagerduty"),
            TimeSpan.FromSeconds(20), "the failed call to be recorded");
        var answer = await bot.Requests.CommandAsync("integrations", "U5");

        Assert.That((await bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync())["pagerduty"].Detail, Is.EqualTo(IntegrationCall.Unreachable));
        Assert.That((string?)answer.Json!["blocks"]![1]!["text"]!["text"], Does.Contain("*PagerDuty*: :large_green_circle: включена · последний вызов <!date")
            .And.Contain(":warning: ошибка (недоступен)"));
    }
}
