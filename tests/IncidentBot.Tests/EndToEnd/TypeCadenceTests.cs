using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>A type's update cadence and roles apply to its incidents on top of their severity's.</summary>
[TestFixture]
public sealed class TypeCadenceTests
{
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Types:database-outage:UpdateCadence", "00:00:02"),
            ("IncidentBot:Types:database-outage:Roles", "lead"),
            ("IncidentBot:RoleReminderDelay", "00:00:02"),
            ("IncidentBot:Severities:sev3:UpdateCadence", "00:00:00")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Reminder_ForATypeWithItsOwnCadence_ComesAtThatCadenceEvenOnARungWithout()
    {
        var incident = await _driver.DeclareAsync("declare sev3 --type database-outage Replica lag");

        var reminder = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));

        Assert.That(reminder.Visible(), Does.Contain("every 2 s"));
        Assert.That((CadenceDriver.TimeOf(reminder) - (incident.DeclaredAt + TimeSpan.FromSeconds(2))).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task RoleReminder_ForATypeWithItsOwnRoles_AsksForThemWhereTheRungNeedsOnlyTheIc()
    {
        var typed = await _driver.DeclareAsync("declare sev3 --type database-outage Replica lag");
        var plain = await _driver.DeclareAsync("declare sev3 Typo on the pricing page");

        // The typed incident's second reminder comes a cadence after its first, past the moment the plain one's would have.
        await Eventually.TrueAsync(() => _driver.ChannelMessages(typed, "incident_role_reminder").Count >= 2, TimeSpan.FromSeconds(10), "two role reminders");

        var first = _driver.ChannelMessages(typed, "incident_role_reminder")[0];
        Assert.That(first.Text, Does.Contain("still has no Technical Lead").And.Contain("Reminder 1 of 3").And.Not.Contain("Incident Commander"));
        Assert.That((CadenceDriver.TimeOf(first) - (typed.DeclaredAt + TimeSpan.FromSeconds(2))).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(_driver.ChannelMessages(plain, "incident_role_reminder"), Is.Empty, "sev3 alone needs only the IC, whom the declarer holds");
    }

    [Test]
    public async Task Brief_ForATypeWithItsOwnCadence_ShowsItsNextUpdateWhereTheRungHasNone()
    {
        var typed = await _driver.DeclareAsync("declare sev3 --type database-outage Replica lag");
        var plain = await _driver.DeclareAsync("declare sev3 Typo on the pricing page");

        var typedBrief = _bot.Slack.State.Message(typed.ChannelId!, typed.BriefTs!)!.Visible();
        var plainBrief = _bot.Slack.State.Message(plain.ChannelId!, plain.BriefTs!)!.Visible();

        Assert.That(typedBrief, Does.Not.Contain("no cadence"));
        Assert.That(plainBrief, Does.Contain("no cadence for SEV3"));
    }
}
