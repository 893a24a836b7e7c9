using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident page @person|rotation [message]</c> in a running incident whose declarer is IC.</summary>
[TestFixture]
public sealed class PageCommandTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00"));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Page_APerson_DmsThemTheMessageAndAcknowledgingJoinsThemWithoutTakingIc()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync("page <@U3|carol> can you look at the <!channel> replica lag?", "U1", incident.ChannelId!);
        await PagingSteps.WaitForPageAsync(_bot, "U3");

        Assert.That(answer.Text, Is.EqualTo("Paging <@U3>: they have 15 min to acknowledge."));
        var dm = PagingSteps.Pages(_bot, "U3").Single().Visible();
        Assert.That(dm, Does.Contain("by name").And.Contain("<@U1> says: can you look at the").And.Not.Contain("<!channel>"));
        await PagingSteps.ClickAsync(_bot, "U3", PageMessage.AcknowledgeAction);
        await Eventually.TrueAsync(() => _bot.Slack.State.Channel(incident.ChannelId!)!.HasMember("U3"), TimeSpan.FromSeconds(10), "U3 to join the channel");
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Commander, Is.EqualTo("U1"));
        var page = (await PagingSteps.PagesOfAsync(_bot, incident)).Single();
        Assert.That((page.PagedBy, page.Position, page.AckedAt is not null), Is.EqualTo(("U1", PagePosition.Person, true)));
    }

    [Test]
    public async Task Page_ARotation_PagesItsPrimary()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");

        await _bot.Requests.CommandAsync("page platform", "U1", incident.ChannelId!);

        await PagingSteps.WaitForPageAsync(_bot, "U2");
        var page = (await PagingSteps.PagesOfAsync(_bot, incident)).Single();
        Assert.That((page.Rotation, page.Position, page.Next.Single().UserId), Is.EqualTo(("platform", PagePosition.Primary, "U3")));
    }

    [TestCase("page", "Usage: `/incident page @person [message]`")]
    [TestCase("page nobody at all", "Page whom?")]
    [TestCase("page @carol hello", "Page whom?")]
    public async Task Page_BadInput_ExplainsAndPagesNobody(string command, string expected)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync(command, "U1", incident.ChannelId!);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That(await PagingSteps.PagesOfAsync(_bot, incident), Is.Empty);
    }

    [Test]
    public async Task Page_TooLongMessage_IsRefused()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync("page <@U3> " + new string('x', 501), "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("That message is 501 characters; keep it within 500"));
        Assert.That(await PagingSteps.PagesOfAsync(_bot, incident), Is.Empty);
    }
}
