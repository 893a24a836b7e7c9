using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident link INC-7</c>: both briefs show the link; bad references get usage.</summary>
[TestFixture]
public sealed class ResolveLinkTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Link_ExistingIncident_ShowsInBothBriefsAndTheTimeline()
    {
        var first = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Payments slow");
        var second = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync("link INC-1", "U2", second.ChannelId!);
        var again = await _bot.Requests.CommandAsync("link inc-1", "U2", second.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-2 is now linked with INC-1"));
        Assert.That(again.Text, Does.Contain("already linked"));
        Assert.That(_bot.Slack.State.Message(second.ChannelId!, second.BriefTs!)!.Visible(), Does.Contain("Related: INC-1"));
        Assert.That(_bot.Slack.State.Message(first.ChannelId!, first.BriefTs!)!.Visible(), Does.Contain("Related: INC-2"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(second.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.Linked), Is.EqualTo(1));
    }

    [Test]
    public async Task Resolve_LinkedIncident_TellsTheOpenIncidentsLinkedWithItOnceWithAResolveButton()
    {
        var first = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Payments slow");
        var second = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout errors");
        var third = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Card declines");
        await _bot.Requests.CommandAsync("link INC-1", "U1", second.ChannelId!);
        await _bot.Requests.CommandAsync("link INC-1", "U1", third.ChannelId!);

        // INC-3 named INC-1, so INC-1 hears of it; INC-2 is not linked with INC-3.
        await ResolveSteps.ResolveAsync(_bot, third, summary: "Card network recovered");
        await _bot.WaitForIdleAsync();
        // INC-2 named INC-1 and is still open; INC-3 is resolved already.
        await ResolveSteps.ResolveAsync(_bot, first, summary: "Rolled back the payments deploy");
        await _bot.WaitForIdleAsync();

        var toFirst = ResolveSteps.MessagesContaining(_bot, first.ChannelId!, "was resolved");
        var toSecond = ResolveSteps.MessagesContaining(_bot, second.ChannelId!, "was resolved");
        Assert.That(toFirst.Select(m => m.Text), Is.EqualTo(new[] { "INC-3 (Card declines), linked with INC-1, was resolved" }));
        Assert.That(toSecond.Select(m => m.Text), Is.EqualTo(new[] { "INC-1 (Payments slow), linked with INC-2, was resolved" }));
        Assert.That(toSecond[0].Visible(), Does.Contain("Rolled back the payments deploy").And.Contain("Resolve INC-2"));
        Assert.That(toSecond[0].MetadataEventType, Is.EqualTo(IncidentBot.Slack.Messages.ResolutionMessages.LinkedEventType));
        Assert.That(toSecond[0].BlocksJson, Does.Contain("\"resolve\"").And.Contain($"\"{second.Id}\""));
        Assert.That(ResolveSteps.MessagesContaining(_bot, third.ChannelId!, "linked with INC-3"), Is.Empty);
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(second.Id);
        Assert.That(timeline.Select(e => e.Text), Has.One.EqualTo("Linked incident INC-1 was resolved"));

        // Its Resolve button opens the resolve modal for INC-2.
        var modals = _bot.Slack.State.Views.Count;
        await _bot.Requests.InteractionAsync(InteractionPayloads.BlockAction("U1", second.ChannelId!, "resolve",
            second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U1"), toSecond[0].Ts));
        var opened = _bot.Slack.State.Views.Skip(modals).Single();
        Assert.That(opened.CallbackId, Is.EqualTo("resolve"));
        Assert.That(System.Text.Json.Nodes.JsonNode.Parse(opened.Json)!["private_metadata"]!.GetValue<string>(), Is.EqualTo(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("link", "Which incident?")]
    [TestCase("link INC-9", "There is no INC-9.")]
    [TestCase("link INC-1", "cannot be linked with itself")]
    [TestCase("link yesterday's outage", "is not an incident number")]
    public async Task Link_BadReference_ExplainsWithUsage(string text, string problem)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync(text, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(problem).And.Contain("Usage: `/incident link INC-7`"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Links, Is.Empty);
    }
}
