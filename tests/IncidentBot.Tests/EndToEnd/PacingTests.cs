using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A member declaring (or recompiling) faster than a person would is paced with a clear answer, whichever way they
/// ask: inline, through the form, or over Socket Mode; admins are not.
/// </summary>
[TestFixture]
public sealed class PacingTests
{
    private static readonly (string, string?)[] TwoPerMember =
    [
        ("IncidentBot:DeclaresPerMember", "2"), ("IncidentBot:RecompilesPerMember", "1"), ("IncidentBot:Admins", "U3"),
    ];

    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_PastTheAllowance_IsRefusedInlineAndInTheFormWithWhenToTryAgain()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(TwoPerMember));

        var first = await _bot.Requests.CommandAsync("declare sev2 Checkout is slow", "U1");
        await _bot.Requests.CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single();
        var form = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1",
            Values(("title", Text("Search is slow")), ("severity", Select("sev2")), ("options", Checks("commander")))));
        var inline = await _bot.Requests.CommandAsync("declare sev1 Payments are down", "U1");
        await _bot.Requests.CommandAsync("declare");
        var secondView = _bot.Slack.State.Views[^1];
        var refusedForm = await _bot.Requests.InteractionAsync(ViewSubmission(secondView, "U1",
            Values(("title", Text("Login fails")), ("severity", Select("sev1")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        Assert.That(first.Text, Does.Contain("Declaring *INC-1*"));
        Assert.That(form.Body, Is.Empty, "the second declare, through the form, is allowed");
        Assert.That(inline.Text, Does.Contain("You have declared 2 incidents in the last 10 min").And.Contain("try again in 10 min (at <!date^"));
        Assert.That(refusedForm.Json?["errors"]?["title"]?.GetValue<string>(), Does.Contain("You have declared 2 incidents").And.Contain("try again in"));
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync(), Has.Count.EqualTo(2));
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Declare_ByAnAdminOrAnotherMember_IsNotHeldBackByOneMembersAllowance()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(TwoPerMember));
        for (var i = 1; i <= 3; i++)
        {
            await _bot.Requests.CommandAsync($"declare sev3 Noise {i}", "U1");
        }

        var other = await _bot.Requests.CommandAsync("declare sev1 Payments are down", "U2");
        var admin = new List<SlackAnswer>();
        for (var i = 1; i <= 3; i++)
        {
            admin.Add(await _bot.Requests.CommandAsync($"declare sev3 Admin drill {i}", "U3"));
        }

        Assert.That(other.Text, Does.Contain("Declaring"));
        Assert.That(admin.Select(a => a.Text), Has.All.Contain("Declaring"));
    }

    [Test]
    public async Task Declare_OverSocketMode_TakesFromTheSameAllowance()
    {
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            [.. TwoPerMember, ("SLACK_APP_TOKEN", slack.AppToken), ("SLACK_SIGNING_SECRET", null)]), slack);
        await slack.WaitForAsync(s => s.SocketMode.ConnectionCount == 1, TimeSpan.FromSeconds(15));

        var answers = new List<SlashCommandDelivery>();
        for (var i = 1; i <= 3; i++)
        {
            answers.Add(await slack.SocketMode.SendSlashCommandAsync($"declare sev2 Socket {i}"));
        }

        Assert.That(answers.Take(2).Select(a => a.Payload?["text"]?.GetValue<string>()), Has.All.Contain("Declaring"));
        Assert.That(answers[2].Payload?["text"]?.GetValue<string>(), Does.Contain("You have declared 2 incidents"));
    }

    [Test]
    public async Task Postmortem_RecompilesPastTheAllowance_AreRefusedWithWhenToTryAgain()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(TwoPerMember));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        var first = await _bot.Requests.CommandAsync("postmortem", "U2", incident.ChannelId!);
        var second = await _bot.Requests.CommandAsync("postmortem", "U2", incident.ChannelId!);
        var admin = await _bot.Requests.CommandAsync("postmortem", "U3", incident.ChannelId!);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 3);

        Assert.That(first.Text, Does.Not.Contain("You have asked"));
        Assert.That(second.Text, Does.Contain("You have asked for 1 post-mortem recompile in the last 10 min").And.Contain("Try again in 10 min"));
        Assert.That(admin.Text, Does.Not.Contain("You have asked"));
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Has.Count.EqualTo(3));
    }
}
