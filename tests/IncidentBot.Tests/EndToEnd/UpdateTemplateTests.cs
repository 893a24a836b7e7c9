using System.Text.Json.Nodes;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The update form follows the practice's template: it opens with what happened since the last update and the previous
/// update's scope, root cause and next steps; the initial assessment's questions must be answered; every next step
/// needs an owner; and the lowest default rung is reminded every 4 hours.
/// </summary>
[TestFixture]
public sealed class UpdateTemplateTests
{
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings());
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task UpdateForm_AfterAnUpdateAndANote_OpensWithTheNoteSinceAndThePreviousScopeAndSteps()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");
        var first = await OpenFormAsync(incident);
        await _bot.Requests.InteractionAsync(ViewSubmission(first, "U1", Values(
            ("status", Select("Identified")), ("summary", Text("Index rebuild stuck")), ("root_cause_state", Select("Known")),
            ("services", Text("search")), ("customers", Text("all")), ("step_1", Text("Restart the indexer")), ("step_1_owner", UserSelect("U4")),
            ("next_update", Select("1800")))));
        await _bot.WaitForIdleAsync();
        await _bot.Requests.CommandAsync("note Indexer restarted, queue draining", "U4", incident.ChannelId!);

        var second = JsonNode.Parse((await OpenFormAsync(incident)).Json)!;

        Assert.That(Element(second, "since_last")["initial_value"]!.GetValue<string>(), Is.EqualTo("- Indexer restarted, queue draining"));
        Assert.That(Element(second, "services")["initial_value"]!.GetValue<string>(), Is.EqualTo("search"));
        Assert.That(Element(second, "root_cause_state")["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("Known"));
        Assert.That(Element(second, "step_1")["initial_value"]!.GetValue<string>(), Is.EqualTo("Restart the indexer"));
        Assert.That(Element(second, "step_1_owner")["initial_user"]!.GetValue<string>(), Is.EqualTo("U4"));
        Assert.That(Element(second, "step_1_owner")["type"]!.GetValue<string>(), Is.EqualTo("users_select"));
        Assert.That(second["title"]!["text"]!.GetValue<string>(), Is.EqualTo("Post an update"));
    }

    [Test]
    public async Task AssessmentForm_QuestionsUnansweredAndAStepWithoutOwner_ErrorsOnEachAndPostsNothing()
    {
        var incident = await _driver.DeclareAsync();
        var view = await OpenFormAsync(incident);
        Assert.That(view.Json, Does.Contain("\"revenue_impact\"").And.Contain("\"sla_risk\""));

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("status", Select("Investigating")), ("summary", Text("Checkout failing")), ("services", Text("  ")),
            ("step_1", Text("Roll back")), ("step_2_owner", UserSelect("U2")), ("next_update", Select("900")))));
        await _bot.WaitForIdleAsync();

        var errors = answer.Json?["errors"]?.AsObject();
        Assert.That(errors?.Select(e => e.Key), Is.EquivalentTo(new[]
        {
            "services", "customers", "revenue_impact", "sla_risk", "root_cause_state", "step_1_owner", "step_2",
        }), answer.Body);
        Assert.That(errors!["step_1_owner"]!.GetValue<string>(), Does.Contain("owns this step"));
        Assert.That((await _driver.ReloadAsync(incident)).UpdateCount, Is.Zero);
        Assert.That(_driver.ChannelMessages(incident, "incident_update"), Is.Empty);
    }

    [Test]
    public async Task UpdateForm_SummaryLongerThanOneLine_IsRefusedOnTheSummary()
    {
        var incident = await _driver.DeclareAsync("declare sev2 Search is slow");
        var view = await OpenFormAsync(incident);

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("status", Select("Investigating")), ("summary", Text(new string('a', 301))), ("next_update", Select("3600")))));

        Assert.That(answer.Json?["errors"]?["summary"]?.GetValue<string>(), Does.Contain("at most 300 characters"));
        Assert.That((await _driver.ReloadAsync(incident)).UpdateCount, Is.Zero);
    }

    [Test]
    public async Task DefaultLadder_LowestRung_IsRemindedEveryFourHours()
    {
        var incident = await _driver.DeclareAsync("declare sev3 Typo on the status page");

        var due = await _bot.Services.GetRequiredService<JobScheduler>().NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id));

        Assert.That(due, Is.Not.Null, "the lowest rung is reminded, slowly");
        Assert.That((due!.Value - incident.DeclaredAt.AddHours(4)).Duration(), Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    private async Task<FakeSlack.SlackView> OpenFormAsync(Core.Incidents.Incident incident)
    {
        var before = _bot.Slack.State.Views.Count(v => v.CallbackId == "update");
        await _bot.Requests.CommandAsync("update", channel: incident.ChannelId!);
        var views = _bot.Slack.State.Views.Where(v => v.CallbackId == "update").ToList();
        Assert.That(views, Has.Count.EqualTo(before + 1), "the update form opened");
        return views[^1];
    }

    private static JsonNode Element(JsonNode view, string blockId) =>
        view["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == blockId)!["element"]!;
}
