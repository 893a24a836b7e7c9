using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Required roles still empty after the delay: a reminder naming them, repeated on the cadence, at most three times.</summary>
[TestFixture]
public sealed class CadenceRoleReminderTests
{
    [Test]
    public async Task RoleReminder_RolesStillEmpty_NamesThemOnTheCadenceAtMostThreeTimes()
    {
        await using var bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:RoleReminderDelay", "00:00:02"),
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:02"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic,lead")));
        var driver = new CadenceDriver(bot);
        var incident = await driver.DeclareAsync();

        await Eventually.TrueAsync(() => driver.ChannelMessages(incident, "incident_role_reminder").Count == 3, TimeSpan.FromSeconds(12), "three role reminders");
        await Task.Delay(TimeSpan.FromSeconds(3));

        var reminders = driver.ChannelMessages(incident, "incident_role_reminder");
        Assert.That(reminders, Has.Count.EqualTo(3));
        Assert.That(reminders[0].Text, Does.Contain("still has no Technical Lead").And.Contain("Reminder 1 of 3").And.Not.Contain("Incident Commander"));
        Assert.That((CadenceDriver.TimeOf(reminders[0]) - (incident.DeclaredAt + TimeSpan.FromSeconds(2))).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That((CadenceDriver.TimeOf(reminders[1]) - CadenceDriver.TimeOf(reminders[0]) - TimeSpan.FromSeconds(2)).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task RoleReminder_RequiredRolesHeld_NeverFires()
    {
        await using var bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:RoleReminderDelay", "00:00:01"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        var driver = new CadenceDriver(bot);
        var incident = await driver.DeclareAsync();

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.That(driver.ChannelMessages(incident, "incident_role_reminder"), Is.Empty);
    }
}
