using IncidentBot.Core.Oncall;
using IncidentBot.FakeSlack;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The end of a chain, with ack windows of 2 seconds: nobody acknowledging walks primary → secondary → the severity's
/// escalation target when it is a person, and then the incident channel is told once, mentioning a user-group target,
/// asking for an IC only when there is none. A person paged by name is one step, and the channel is told they did not answer.
/// </summary>
[TestFixture]
public sealed class PageChainEndTests
{
    private const string Window = "00:00:02";

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
    public async Task NobodyAcknowledges_UserGroupTarget_PagesPrimaryThenSecondaryOnceEach_AndTellsTheChannelOnceMentioningTheGroup()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings(Window, ("IncidentBot:Severities:sev1:EscalationTarget", "S0ONCALL")));

        var incident = await PagingSteps.DeclareAsync(_bot);
        var told = await WaitForExhaustedAsync(_bot, incident.ChannelId!);

        Assert.That(told.Single().Text, Is.EqualTo(":warning: Nobody acknowledged the page: <!subteam^S0ONCALL>, this incident needs someone."));
        var pages = await PagingSteps.PagesOfAsync(_bot, incident);
        Assert.That(pages.Select(p => (p.UserId, p.Position)), Is.EqualTo(new[] { ("U2", PagePosition.Primary), ("U3", PagePosition.Secondary) }));
        Assert.That(pages.All(p => p.AckedAt is null && p.DeclinedAt is null), Is.True);
        Assert.That((PagingSteps.Pages(_bot, "U2").Count, PagingSteps.Pages(_bot, "U3").Count, PagingSteps.Pages(_bot, "U1").Count), Is.EqualTo((1, 1, 0)));
        Assert.That(Paging(await PagingSteps.TimelineAsync(_bot, incident)), Is.EqualTo(new[]
        {
            "Paged <@U2>, on call for `platform`; acknowledge within 2 s",
            "<@U2> did not acknowledge within 2 s",
            "Paged <@U3>, secondary for `platform`; acknowledge within 2 s",
            "<@U3> did not acknowledge within 2 s",
            "Nobody acknowledged and nobody is left to page",
        }));
    }

    [Test]
    public async Task NobodyAcknowledges_PersonTarget_PagesPrimarySecondaryThenTheTargetOnceEach_AndTellsTheChannelOnce()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings(Window, ("IncidentBot:Severities:sev1:EscalationTarget", "U4")));
        _bot.Slack.AddUser("U4", "dave", "Dave Dunn");

        var incident = await PagingSteps.DeclareAsync(_bot);
        var told = await WaitForExhaustedAsync(_bot, incident.ChannelId!);

        Assert.That(told.Single().Text, Is.EqualTo(":warning: Nobody acknowledged the page and nobody is left to page. Find an IC here."));
        var pages = await PagingSteps.PagesOfAsync(_bot, incident);
        Assert.That(pages.Select(p => (p.UserId, p.Position)),
            Is.EqualTo(new[] { ("U2", PagePosition.Primary), ("U3", PagePosition.Secondary), ("U4", PagePosition.Target) }));
        Assert.That(pages.Zip(pages.Skip(1)).All(p => p.Second.PagedAt >= p.First.DueAt), Is.True, "each is paged once the previous window has ended");
        Assert.That((PagingSteps.Pages(_bot, "U2").Count, PagingSteps.Pages(_bot, "U3").Count, PagingSteps.Pages(_bot, "U4").Count), Is.EqualTo((1, 1, 1)));
        Assert.That(PagingSteps.Pages(_bot, "U4").Single().Visible(), Does.Contain("as the escalation target: nobody on call acknowledged"));
        Assert.That(Paging(await PagingSteps.TimelineAsync(_bot, incident)), Is.EqualTo(new[]
        {
            "Paged <@U2>, on call for `platform`; acknowledge within 2 s",
            "<@U2> did not acknowledge within 2 s",
            "Paged <@U3>, secondary for `platform`; acknowledge within 2 s",
            "<@U3> did not acknowledge within 2 s",
            "Paged <@U4>, the escalation target; acknowledge within 2 s",
            "<@U4> did not acknowledge within 2 s",
            "Nobody acknowledged and nobody is left to page",
        }));
    }

    [Test]
    public async Task PageAPerson_Unanswered_TellsTheChannelOnceWhoDidNotAnswer_WithoutTheSeveritysGroup()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings(Window, ("IncidentBot:Severities:sev1:EscalationTarget", "S0ONCALL")));
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --ic Checkout is failing");

        await _bot.Requests.CommandAsync("page <@U3|carol> can you look at the replica lag?", "U1", incident.ChannelId!);
        var told = await WaitForExhaustedAsync(_bot, incident.ChannelId!, ":warning: <@U3> did not acknowledge");

        Assert.That(told.Single().Text, Is.EqualTo(":warning: <@U3> did not acknowledge the page, and nobody else was paged."));
        Assert.That(_bot.Slack.State.Messages(incident.ChannelId!).Select(m => m.Text), Has.None.Contains("S0ONCALL").And.None.Contains("Find an IC"));
        Assert.That(PagingSteps.Pages(_bot, "U3"), Has.Count.EqualTo(1));
        Assert.That((await PagingSteps.PagesOfAsync(_bot, incident)).Select(p => (p.UserId, p.Position)), Is.EqualTo(new[] { ("U3", PagePosition.Person) }));
        Assert.That(Paging(await PagingSteps.TimelineAsync(_bot, incident)), Is.EqualTo(new[]
        {
            "Paged <@U3>; acknowledge within 2 s",
            "<@U3> did not acknowledge within 2 s",
            "Nobody acknowledged and nobody is left to page",
        }));
    }

    [Test]
    public async Task PageARotation_NobodyAcknowledgesInAnIncidentWithAnIc_TellsTheChannelOnceWithoutAskingForAnIc()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings(Window));
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --ic Checkout is failing");

        await _bot.Requests.CommandAsync("page platform", "U1", incident.ChannelId!);
        var told = await WaitForExhaustedAsync(_bot, incident.ChannelId!);

        Assert.That(told.Single().Text, Is.EqualTo(":warning: Nobody acknowledged the page and nobody is left to page."));
        Assert.That((await PagingSteps.PagesOfAsync(_bot, incident)).Select(p => (p.UserId, p.Position)),
            Is.EqualTo(new[] { ("U2", PagePosition.Primary), ("U3", PagePosition.Secondary) }));
        Assert.That((PagingSteps.Pages(_bot, "U2").Count, PagingSteps.Pages(_bot, "U3").Count), Is.EqualTo((1, 1)));
    }

    /// <summary>Waits for the channel to be told nobody is left, then for the bot to finish its work, and returns every such message.</summary>
    private static async Task<List<SlackMessage>> WaitForExhaustedAsync(BotHarness bot, string channel, string start = ":warning: Nobody acknowledged")
    {
        List<SlackMessage> Told() => bot.Slack.State.Messages(channel).Where(m => m.Text.StartsWith(start, StringComparison.Ordinal)).ToList();
        await Eventually.TrueAsync(() => Told().Count > 0, TimeSpan.FromSeconds(20), "the channel told nobody acknowledged");
        await bot.WaitForIdleAsync();
        return Told();
    }

    private static List<string> Paging(List<string> timeline) => timeline
        .Where(t => t.StartsWith("Paged ", StringComparison.Ordinal) || t.Contains("acknowledge", StringComparison.Ordinal)).ToList();
}
