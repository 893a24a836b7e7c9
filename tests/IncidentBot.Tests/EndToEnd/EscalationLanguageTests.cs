using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using IncidentBot.Work;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The escalation DM goes to one person, the IC, so it is in the IC's language; the reminder in the channel stays in the
/// workspace's.
/// </summary>
public sealed class EscalationLanguageTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev1:EscalationTarget", "S0ONCALL"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        _bot.Slack.AddUser("U1", "ivan", "Иван Петров", locale: "ru-RU");
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task MissedUpdate_RussianCommanderInEnglishWorkspace_GetsARussianDm_WhileTheChannelReadsEnglish()
    {
        var driver = new CadenceDriver(_bot);
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "U1");
        await _bot.WaitForIdleAsync();
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();

        var reminder = await driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => Escalations().Count == 1, TimeSpan.FromSeconds(5), "the DM to the IC");

        Assert.That(reminder.Text, Does.Contain("Update due for INC-1 (SEV1, every 3 s)"));
        Assert.That(Escalations().Single().Visible(), Does.Contain("По INC-1 (SEV1) пропущено 1 обновление. Вы — командир этого инцидента")
            .And.Contain("Опубликовать обновление").And.Not.Contain("Post update"));
    }

    private List<SlackMessage> Escalations() =>
        _bot.Slack.State.DirectMessages("U1").Where(m => m.MetadataEventType != RoleAssignedHandler.DutyEventType).ToList();
}
