using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Declaring with an incident type, inline with <c>--type</c> and through the form's type and detection pickers.</summary>
[TestFixture]
public sealed class IncidentTypeDeclareTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["IncidentBot:Types:database-outage:Label"] = "Database outage",
    });

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task InlineDeclare_WithSecurityType_StoresTheTypeAndOpensAPrivateChannel()
    {
        await _bot.Requests.CommandAsync("declare sev1 --type security Leaked API key", user: "U2");
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.Type, Is.EqualTo("security"));
        Assert.That(incident.Title, Is.EqualTo("Leaked API key"));
        Assert.That(incident.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty, "a private incident has no headline in the feed");
    }

    [Test]
    public async Task InlineDeclare_WithConfiguredTypeAfterTheTitle_StoresIt()
    {
        await _bot.Requests.CommandAsync("declare sev2 Primary is down --type=Database-Outage");
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.Type, Is.EqualTo("database-outage"));
        Assert.That(incident.Title, Is.EqualTo("Primary is down"));
        Assert.That(incident.IsPrivate, Is.False);
    }

    [Test]
    public async Task InlineDeclare_WithoutType_IsTheDefaultType()
    {
        await _bot.Requests.CommandAsync("declare sev2 Checkout is failing");
        await _bot.WaitForIdleAsync();

        Assert.That((await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!.Type, Is.EqualTo("default"));
    }

    [TestCase("declare sev1 --type outage Checkout is failing", "Unknown incident type \"outage\"; use `default`, `database-outage` or `security`")]
    [TestCase("declare sev1 Checkout is failing --type", "`--type` needs an incident type: `default`, `database-outage` or `security`")]
    [TestCase("declare --type", "`--type` needs an incident type")]
    public async Task Declare_WithUnknownOrMissingType_ListsTheTypesAndDeclaresNothing(string text, string expected)
    {
        var answer = await _bot.Requests.CommandAsync(text);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That(_bot.Slack.State.Views, Is.Empty);
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync(), Is.Empty);
    }

    [Test]
    public async Task DeclareForm_OpenedWithType_PicksItAndOffersEveryTypeAndDetection()
    {
        await _bot.Requests.CommandAsync("declare --type security");

        var view = JsonNode.Parse(_bot.Slack.State.Views.Single().Json)!;
        var blocks = view["blocks"]!.AsArray();
        var type = blocks.Single(b => b!["block_id"]!.GetValue<string>() == "type")!["element"]!;
        Assert.That(type["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("security"));
        Assert.That(type["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()),
            Is.EqualTo(new[] { "default", "database-outage", "security" }));
        var detected = blocks.Single(b => b!["block_id"]!.GetValue<string>() == "detected")!;
        Assert.That(detected["optional"]!.GetValue<bool>(), Is.True);
        Assert.That(detected["element"]!["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()),
            Does.Contain("alert").And.Contain("customer").And.Contain("internal"));
        var privacy = blocks.Single(b => b!["block_id"]!.GetValue<string>() == "options")!["element"]!;
        Assert.That(privacy["initial_options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()), Does.Contain("private"));
    }

    [Test]
    public async Task DeclareForm_SubmittedWithTypeAndDetection_StoresBoth()
    {
        await _bot.Requests.CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("title", Text("Replica lag")), ("severity", Select("sev2")), ("type", Select("database-outage")),
            ("detected", Select("customer")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.Type, Is.EqualTo("database-outage"));
        Assert.That(incident.DetectedVia, Is.EqualTo("customer"));
    }

    [Test]
    public async Task DeclareForm_SubmittedWithSecurityUnticked_IsStillPrivate()
    {
        await _bot.Requests.CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");

        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("title", Text("Phishing wave")), ("severity", Select("sev2")), ("type", Select("security")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.IsPrivate, Is.True);
        Assert.That(incident.DetectedVia, Is.Null);
    }

    [TestCase("type", "outage", "Choose one of the types")]
    [TestCase("detected", "pigeon", "Choose one of the listed ways")]
    public async Task DeclareForm_WithUnknownChoice_AnswersOnThatFieldAndDeclaresNothing(string block, string value, string expected)
    {
        await _bot.Requests.CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("title", Text("Replica lag")), ("severity", Select("sev2")), (block, Select(value)), ("options", Checks()))));

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(JsonNode.Parse(answer.Body)!["errors"]![block]!.GetValue<string>(), Does.Contain(expected));
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync(), Is.Empty);
    }
}
