using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The initial assessment's reminder, a timer of its own (here 4 s after declaring instead of 15 minutes): it fires
/// when only a quick update was posted, once, with the assessment's questions and its form; an assessment posted in
/// time removes it; a rung that asks for no assessment never gets one.
/// </summary>
[TestFixture]
public sealed class AssessmentReminderTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(4);
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:InitialAssessmentWithin", "00:00:04"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task QuickUpdateOnly_AssessmentIsRemindedOnceAtItsDueTimeWithTheQuestionsAndTheForm()
    {
        var incident = await _driver.DeclareAsync();
        await _bot.Requests.CommandAsync("update Looking into it", channel: incident.ChannelId!);

        await Eventually.TrueAsync(() => Reminders(incident).Count == 1, TimeSpan.FromSeconds(10), "the assessment reminder");
        await _bot.WaitForIdleAsync();

        var reminder = Reminders(incident).Single();
        Assert.That((CadenceDriver.TimeOf(reminder) - (incident.DeclaredAt + Within)).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(reminder.Visible(), Does.Contain("<@U1> The initial assessment of INC-1 (SEV1) was due at <!date^")
            .And.Contain("Which services are affected?").And.Contain("How many customers are affected?")
            .And.Contain("What is the revenue impact (estimated)?").And.Contain("Is there a risk of breaching an SLA?")
            .And.Contain("Is the hypothesis confirmed or not?"));
        Assert.That(reminder.BlocksJson, Does.Contain("\"post_update\""));
        Assert.That(await NextReminderAsync(incident), Is.Null, "reminded once");
        Assert.That(_bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible(), Does.Contain("Initial assessment due"),
            "the quick update was not the assessment");
        Assert.That((await _driver.TimelineAsync(incident)).Select(e => e.Text), Has.Some.StartsWith("Initial assessment reminder"));

        var trigger = _bot.Slack.IssueTriggerId("U1");
        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "post_update", incident.Id.ToString(CultureInfo.InvariantCulture), trigger));
        Assert.That(_bot.Slack.State.Views.Single(v => v.TriggerId == trigger).Json, Does.Contain("\"Initial assessment\""));
    }

    [Test]
    public async Task AssessmentPostedInTime_RemovesTheReminder()
    {
        var incident = await _driver.DeclareAsync();
        Assert.That(await NextReminderAsync(incident), Is.Not.Null);
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "update");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("status", Select("Investigating")), ("summary", Text("Checkout failing for EU cards")), ("root_cause_state", Select("UnderInvestigation")),
            ("services", Text("checkout")), ("customers", Text("EU, unknown count")), ("revenue_impact", Text("unknown")),
            ("sla_risk", Text("none yet")), ("next_update", Select("900")))));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Body, Is.Empty);
        Assert.That(await NextReminderAsync(incident), Is.Null);
        Assert.That(_driver.ChannelMessages(incident, "incident_update").Single().Visible(), Does.Contain("Initial assessment · Update #1"));
        Assert.That(Reminders(incident), Is.Empty);
    }

    [Test]
    public async Task RungWithoutAssessment_GetsNoAssessmentReminder()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");

        Assert.That(await NextReminderAsync(incident), Is.Null);
    }

    private IReadOnlyList<FakeSlack.SlackMessage> Reminders(Incident incident) => _driver.ChannelMessages(incident, "incident_assessment_reminder");

    private Task<DateTimeOffset?> NextReminderAsync(Incident incident) =>
        _bot.Services.GetRequiredService<JobScheduler>().NextFireAsync(IncidentJobKeys.AssessmentReminder(incident.Id));
}
