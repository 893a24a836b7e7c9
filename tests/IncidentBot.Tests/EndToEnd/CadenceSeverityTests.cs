using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Changing severity: permissions, announcement, and the cadence following the new severity at once.</summary>
[TestFixture]
public sealed class CadenceSeverityTests
{
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev2:UpdateCadence", "00:00:20"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic"),
            ("IncidentBot:Severities:sev2:RequiredRoles", "ic"),
            ("IncidentBot:Severities:sev3:UpdateCadence", "00:00:00")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Severity_ByTheCommander_AnnouncesItAndReschedulesTheReminderAtOnce()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");
        var scheduler = _bot.Services.GetRequiredService<JobScheduler>();
        var before = await scheduler.NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id));

        var answer = await _bot.Requests.CommandAsync("severity sev1 errors are spreading", channel: incident.ChannelId!);
        var changed = TimeProvider.System.GetUtcNow();
        await _bot.WaitForIdleAsync();
        var reminder = await _driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(10));

        Assert.That(answer.Text, Does.Contain("INC-1 is now SEV1"));
        Assert.That(before, Is.EqualTo(incident.DeclaredAt + TimeSpan.FromSeconds(20)).Within(TimeSpan.FromMilliseconds(1)));

        // Due 3 s after the declare now (at once if the change itself landed later, on a busy machine), not after the old
        // 20 s; never early. Posted through the queue, so a little after it fired.
        var due = incident.DeclaredAt + TimeSpan.FromSeconds(3);
        var posted = CadenceDriver.TimeOf(reminder);
        Assert.That(posted, Is.GreaterThan(due - TimeSpan.FromMilliseconds(50)));
        Assert.That(posted, Is.LessThan((due > changed ? due : changed) + TimeSpan.FromSeconds(3)));
        var announcement = _driver.ChannelMessages(incident, "incident_severity").Single();
        Assert.That(announcement.Text, Does.Contain("SEV2 → SEV1").And.Contain("errors are spreading").And.Contain("every 3 s"));
        Assert.That(_bot.Slack.State.Replies(BotHarness.FeedChannel, incident.FeedTs!).Select(m => m.Text), Has.Some.Contains("SEV2 → SEV1"));
        Assert.That(_bot.Slack.State.Message(BotHarness.FeedChannel, incident.FeedTs!)!.Visible(), Does.Contain("SEV1"));
        Assert.That((await _driver.TimelineAsync(incident)).Single(e => e.Kind == TimelineKind.SeverityChanged).Text,
            Is.EqualTo("SEV2 → SEV1: errors are spreading"));
    }

    [Test]
    public async Task Severity_ToOneWithoutCadence_RemovesTheReminder()
    {
        var incident = await _driver.DeclareAsync();

        await _bot.Requests.CommandAsync("severity sev3", channel: incident.ChannelId!);
        await _bot.WaitForIdleAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.That(await _bot.Services.GetRequiredService<JobScheduler>().NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id)), Is.Null);
        Assert.That(_driver.Reminders(incident), Is.Empty);
    }

    [Test]
    public async Task Severity_BySomeoneElse_IsRefusedNamingTheCommanderAndChangesNothing()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");

        var answer = await _bot.Requests.CommandAsync("severity sev0", user: "U2", channel: incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Only the Incident Commander <@U1> can change severity"), "no admins are configured here");
        Assert.That((await _driver.ReloadAsync(incident)).SeverityKey, Is.EqualTo("sev2"));
    }

    [TestCase("severity", "Usage: `/incident severity &lt;severity&gt; [reason]`")]
    [TestCase("severity sev9 worse", "Unknown severity \"sev9\"; use sev0, sev1, sev2 or sev3")]
    public async Task Severity_BadInput_ExplainsTheUsage(string text, string expected)
    {
        var incident = await _driver.DeclareAsync();

        var answer = await _bot.Requests.CommandAsync(text, channel: incident.ChannelId!);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That((await _driver.ReloadAsync(incident)).SeverityKey, Is.EqualTo("sev1"));
    }

    [Test]
    public async Task ChangeSeverityButton_BySomeoneElse_GetsAnEphemeralRefusal()
    {
        var incident = await _driver.DeclareAsync();
        await _bot.Services.GetRequiredService<IncidentBot.Slack.Api.ISlackApi>().InviteAsync(incident.ChannelId!, ["U2"]);

        await _bot.Requests.InteractionAsync(BlockAction("U2", incident.ChannelId!, "change_severity", Id(incident), _bot.Slack.IssueTriggerId("U2")));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Views, Is.Empty);
        Assert.That(_bot.Slack.State.Ephemerals.Single(e => e.User == "U2").Text, Does.Contain("Only the Incident Commander <@U1>"));
    }

    [Test]
    public async Task ChangeSeverityButton_ByTheCommander_OpensTheModalAndItsSubmissionChangesSeverity()
    {
        var incident = await _driver.DeclareAsync();

        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "change_severity", Id(incident), _bot.Slack.IssueTriggerId("U1")));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "change_severity");
        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(("severity", Select("sev0")), ("reason", Text("all regions")))));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Body, Is.Empty);
        Assert.That((await _driver.ReloadAsync(incident)).SeverityKey, Is.EqualTo("sev0"));
        Assert.That(_driver.ChannelMessages(incident, "incident_severity").Single().Text, Does.Contain("SEV1 → SEV0").And.Contain("all regions"));
    }

    private static string Id(Incident incident) => incident.Id.ToString(CultureInfo.InvariantCulture);
}
