using System.Text.Json.Nodes;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// The forms' status-page fields end to end: the update form opens with the customer template, the stage its status
/// suggests and the components picker; an untouched template publishes nothing, a half-edited one is refused on the
/// field; the declare form's components are kept; <c>--public</c> without text explains itself.
/// </summary>
[TestFixture]
public sealed class StatusPageFormTests
{
    private const string Investigating = "We are investigating [issue]. Estimated impact: [X% of users/transactions]. Customers may experience [symptom].";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private Task<IReadOnlyList<PublicMessage>> PublishedAsync(long incidentId) =>
        _bot.Services.GetRequiredServiceOf<StatusPageStore>().MessagesAsync(incidentId);

    [Test]
    public async Task UpdateForm_PublicIncident_OpensWithTheTemplateTheStageAndTheComponents()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var view = await OpenUpdateFormAsync(_bot, incident);

        Assert.That(Block(view, "public_message")!["label"]!["text"]!.GetValue<string>(), Is.EqualTo("Public message"));
        Assert.That(Block(view, "public_message")!["element"]!["initial_value"]!.GetValue<string>(), Is.EqualTo(Investigating));
        Assert.That(Block(view, "public_stage")!["label"]!["text"]!.GetValue<string>(), Is.EqualTo("Public stage"));
        Assert.That(Block(view, "public_stage")!["element"]!["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("Investigating"));
        var groups = Block(view, "components")!["element"]!["option_groups"]!.AsArray();
        Assert.That(groups.Select(g => g!["label"]!["text"]!.GetValue<string>()), Is.EqualTo(new[] { "Public API", "Checkout" }));
        Assert.That(groups[1]!["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()),
            Is.EqualTo(new[] { "checkout:operational", "checkout:degraded", "checkout:partial_outage", "checkout:major_outage" }));
    }

    [Test]
    public async Task UpdateForm_TemplateUntouched_PostsTheUpdateAndPublishesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await SubmitAsync(_bot, await OpenUpdateFormAsync(_bot, incident), "Investigating", "Looking at the index",
            ("public_message", Text(Investigating)), ("public_stage", Select("Investigating")));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Json?["errors"], Is.Null, answer.Body);
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).UpdateCount, Is.EqualTo(1));
        Assert.That(await PublishedAsync(incident.Id), Is.Empty);
    }

    [Test]
    public async Task UpdateForm_PlaceholderLeftInTheMessage_IsRefusedOnTheFieldAndChangesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await SubmitAsync(_bot, await OpenUpdateFormAsync(_bot, incident), "Investigating", "Looking at the index",
            ("public_message", Text("We are investigating slow search. Customers may experience [symptom].")),
            ("components", Components("checkout:major_outage")));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Json?["errors"]?["public_message"]?.GetValue<string>(), Does.Contain("[symptom]"), answer.Body);
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).UpdateCount, Is.Zero);
        Assert.That(await _bot.Services.GetRequiredServiceOf<StatusPageStore>().ComponentsAsync(incident.Id), Is.Empty);
    }

    [Test]
    public async Task UpdateForm_UnknownComponentOrStage_IsRefusedOnEachField()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await SubmitAsync(_bot, await OpenUpdateFormAsync(_bot, incident), "Investigating", "Looking at the index",
            ("components", Components("billing:major_outage")), ("public_stage", Select("Resolved")),
            ("public_message", Text("Search is slow.")));

        Assert.That(answer.Json?["errors"]?.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "components", "public_stage" }), answer.Body);
        Assert.That(await PublishedAsync(incident.Id), Is.Empty);
    }

    [Test]
    public async Task DeclareForm_ComponentsPicked_AreKeptForTheIncident()
    {
        await _bot.Requests.CommandAsync("declare Checkout is failing", user: "U2");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        Assert.That(Block(view, "components"), Is.Not.Null);

        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(
            ("title", Text("Checkout is failing")), ("severity", Select("sev2")), ("components", Components("checkout:major_outage", "api:degraded")))));
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        var affected = await _bot.Services.GetRequiredServiceOf<StatusPageStore>().ComponentsAsync(incident.Id);
        Assert.That(affected, Is.EquivalentTo(new Dictionary<string, ComponentState> { ["checkout"] = ComponentState.MajorOutage, ["api"] = ComponentState.Degraded }));
        var reopened = await OpenUpdateFormAsync(_bot, incident, "U2");
        Assert.That(Block(reopened, "components")!["element"]!["initial_options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()),
            Is.EquivalentTo(new[] { "checkout:major_outage", "api:degraded" }), "the update form opens with them");
    }

    [TestCase("update --public", "Usage: `/incident update --public <text>`")]
    [TestCase("update --public   ", "Usage: `/incident update --public <text>`")]
    public async Task PublicCommand_WithoutText_ExplainsAndPublishesNothing(string command, string expected)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");

        var answer = await _bot.Requests.CommandAsync(command, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.StartWith(expected));
        Assert.That(await PublishedAsync(incident.Id), Is.Empty);
    }

    [Test]
    public async Task PublicCommand_AfterResolving_PublishesAtTheResolvedStage()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await ResolveSteps.ResolveAsync(_bot, incident);

        var answer = await _bot.Requests.CommandAsync("update --public This incident has been resolved. Search is fully operational.", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Is.EqualTo("Published on the status page (Resolved): This incident has been resolved. Search is fully operational."));
        Assert.That((await PublishedAsync(incident.Id)).Select(m => m.Stage), Is.EqualTo(new[] { PublicStage.Resolved }));
        var json = JsonNode.Parse((await GetAsync(_bot, "/status.json")).Body)!;
        Assert.That(json["incidents"]![0]!["stage"]!.GetValue<string>(), Is.EqualTo("resolved"));
    }
}
