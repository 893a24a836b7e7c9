using System.Globalization;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Handoff DMs at rotation boundaries, on a rotation whose turns last 3 seconds: the incoming and the outgoing person
/// get the open incidents they are in with their roles, and the action items they still own.
/// </summary>
[TestFixture]
public sealed class HandoffTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
        ("IncidentBot:Rotations:platform:Members", "U2,U3"),
        ("IncidentBot:Rotations:platform:Length", "00:00:03"),
        ("IncidentBot:Rotations:platform:Handoff",
            TimeProvider.System.GetUtcNow().AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private List<string> Handoffs(string user) => _bot.Slack.State.DirectMessages(user)
        .Where(m => m.MetadataEventType == HandoffMessage.MetadataEventType).Select(m => m.Visible()).ToList();

    [Test]
    public async Task Boundary_DmsIncomingAndOutgoingTheirIncidentsRolesAndActionItems()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing", user: "U3");
        await _bot.Requests.CommandAsync("action Add a canary for config pushes <@U3|carol>", "U3", incident.ChannelId!);

        await Eventually.TrueAsync(() => Handoffs("U3").Count >= 2 && Handoffs("U2").Count >= 2, TimeSpan.FromSeconds(20), "two handoffs each");

        var toCarol = Handoffs("U3");
        Assert.Multiple(() =>
        {
            Assert.That(toCarol, Has.Some.Contains("you are on call now, taking over from <@U2>").And.Some.Contains("your turn has ended and <@U2> is on call now"));
            Assert.That(toCarol[0], Does.Contain("INC-1").And.Contain("Checkout is failing").And.Contain("Incident Commander"));
            Assert.That(toCarol[0], Does.Contain("INC-1 #1: Add a canary for config pushes"));
            Assert.That(Handoffs("U2")[0], Does.Contain("Open incidents you are in").And.Contain("None."), "U2 is in no incident");
        });
    }
}
