using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>The resolve form asks "resolve anyway?" while verification or the soak time is not done; the IC decides.</summary>
[TestFixture]
public sealed class ResolveAnywayTests
{
    private BotHarness? _bot;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Test]
    public async Task ResolveForm_VerificationUntickedAndNoSoak_AsksAndStillResolves()
    {
        _bot = await BotHarness.StartAsync(settings: ResolveSteps.Settings());
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        var opened = await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);
        var view = _bot.Slack.State.Views.Last(v => v.CallbackId == "resolve");
        var json = JsonNode.Parse(view.Json)!;
        var caution = json["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == "resolve_caution")!;
        var text = caution["text"]!["text"]!.GetValue<string>();
        var answer = await ResolveSteps.SubmitAsync(_bot, view, "U1", "Rolled back", "A config push", ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();

        Assert.That(opened.Body, Is.Empty);
        Assert.That(json["submit"]!["text"]!.GetValue<string>(), Is.EqualTo("Resolve anyway"));
        Assert.That(text, Does.Contain("Resolve anyway?").And.Contain("7 verification items are not ticked")
            .And.Contain("\"Error rate back to baseline\"").And.Contain("soak time (15 min)"));
        Assert.That(answer.Body, Does.Not.Contain("errors"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Status, Is.EqualTo(IncidentStatus.Resolved));
    }

    [Test]
    public async Task ResolveForm_NothingOutstanding_IsThePlainForm()
    {
        _bot = await BotHarness.StartAsync(settings: ResolveSteps.Settings(("IncidentBot:Types:default:Checklist:Verification", "")));
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev3 Typo on the pricing page");

        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        var json = JsonNode.Parse(_bot.Slack.State.Views.Last(v => v.CallbackId == "resolve").Json)!;
        Assert.That(json["blocks"]!.AsArray().Any(b => b!["block_id"]?.GetValue<string>() == "resolve_caution"), Is.False);
        Assert.That(json["submit"]!["text"]!.GetValue<string>(), Is.EqualTo("Resolve"));
    }

    [Test]
    public async Task ResolveForm_AfterEveryItemIsTicked_AsksOnlyAboutTheSoak()
    {
        _bot = await BotHarness.StartAsync(settings: ResolveSteps.Settings(("IncidentBot:Types:default:Checklist:Verification", "Error rate at baseline")));
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is slow");
        await _bot.Services.GetRequiredServiceOf<ChecklistService>().SetAsync(incident.Id, ChecklistKind.Verification, 1, true, "U1", null);

        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        var json = JsonNode.Parse(_bot.Slack.State.Views.Last(v => v.CallbackId == "resolve").Json)!;
        var text = json["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == "resolve_caution")!["text"]!["text"]!.GetValue<string>();
        Assert.That(text, Does.Not.Contain("not ticked").And.Contain("soak time (5 min)"));
    }
}
