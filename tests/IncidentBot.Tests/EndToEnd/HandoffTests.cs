using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;
using IncidentBot.Work;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Handoff DMs at rotation boundaries, on a rotation whose turns last seconds: the incoming and the outgoing person get
/// the open incidents they are in with their roles, and the action items they still own; each boundary once per person,
/// across a restart too.
/// </summary>
[TestFixture]
public sealed class HandoffTests
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

    internal static Dictionary<string, string?> Settings(TimeSpan length) => ResolveSteps.Settings(
        ("IncidentBot:Rotations:platform:Members", "U2,U3"),
        ("IncidentBot:Rotations:platform:Length", length.ToString()),
        ("IncidentBot:Rotations:platform:Handoff",
            TimeProvider.System.GetUtcNow().AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

    private static List<(DateTimeOffset Boundary, string Text)> Handoffs(BotHarness bot, string user) => Handoffs(bot.Slack, user);

    /// <summary>The handoff DMs <paramref name="user"/> got, oldest first, each with the boundary it hands off.</summary>
    internal static List<(DateTimeOffset Boundary, string Text)> Handoffs(FakeSlackServer slack, string user) => slack.State.DirectMessages(user)
        .Where(m => m.MetadataEventType == HandoffMessage.MetadataEventType)
        .Select(m => (Boundary(m.MetadataPayloadJson!), m.Visible())).ToList();

    /// <summary>The boundary a handoff's effect key (<c>handoff:platform:{ms}:{user}</c>) names.</summary>
    private static DateTimeOffset Boundary(string payload)
    {
        var key = (string)JsonNode.Parse(payload)![OncePoster.KeyField]!;
        return DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(key.Split(':')[2], CultureInfo.InvariantCulture));
    }

    /// <summary>Each person got exactly one handoff per boundary, both the same boundaries; returns them in order.</summary>
    internal static List<DateTimeOffset> AssertOncePerBoundary(FakeSlackServer slack)
    {
        var bob = Handoffs(slack, "U2").Select(h => h.Boundary).ToList();
        var carol = Handoffs(slack, "U3").Select(h => h.Boundary).ToList();
        Assert.That(bob, Is.Unique, "U2 got a boundary's handoff twice");
        Assert.That(carol, Is.Unique, "U3 got a boundary's handoff twice");
        Assert.That(carol, Is.EquivalentTo(bob), "both sides of each boundary are told");
        return [.. bob.Order()];
    }

    [Test]
    public async Task Boundary_DmsIncomingAndOutgoingTheirIncidentsRolesAndActionItems()
    {
        _bot = await BotHarness.StartAsync(Settings(TimeSpan.FromSeconds(3)));
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout is failing", user: "U3");
        await _bot.Requests.CommandAsync("action Add a canary for config pushes <@U3|carol>", "U3", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        // Turns of 3 seconds: a boundary may pass before the incident and its action item exist; the two after do not.
        var since = TimeProvider.System.GetUtcNow();
        List<string> After(string user) => [.. Handoffs(_bot, user).Where(h => h.Boundary > since).Select(h => h.Text)];
        await Eventually.TrueAsync(() => After("U3").Count >= 2 && After("U2").Count >= 2, TimeSpan.FromSeconds(20), "two handoffs each");
        await _bot.WaitForIdleAsync();

        var boundaries = AssertOncePerBoundary(_bot.Slack);
        Assert.That(boundaries.Zip(boundaries.Skip(1)).Select(b => b.Second - b.First), Is.All.EqualTo(TimeSpan.FromSeconds(3)), "no boundary skipped");
        var toCarol = After("U3");
        Assert.Multiple(() =>
        {
            Assert.That(toCarol, Has.Some.Contains("you are on call now, taking over from <@U2>").And.Some.Contains("your turn has ended and <@U2> is on call now"));
            Assert.That(toCarol, Has.All.Contains("INC-1").And.All.Contains("Checkout is failing").And.All.Contains("Incident Commander"));
            Assert.That(toCarol, Has.All.Contains("INC-1 #1: Add a canary for config pushes"));
            Assert.That(After("U2"), Has.All.Contains("Open incidents you are in").And.All.Contains("None."), "U2 is in no incident");
        });
    }

    [Test]
    public async Task Boundary_PassingWhileTheBotIsDown_IsHandedOffOnceAtStart_AndTheNextOnTime()
    {
        // Long enough for the bot to stop and start again within one turn on a loaded machine.
        var length = TimeSpan.FromSeconds(6);
        var settings = Settings(length);
        _bot = await BotHarness.StartAsync(settings);
        await Eventually.TrueAsync(() => Handoffs(_bot, "U2").Count == 1 && Handoffs(_bot, "U3").Count == 1, length * 2, "the first handoff");
        await _bot.WaitForIdleAsync();
        var first = Handoffs(_bot, "U2")[0].Boundary;
        await _bot.StopAsync();
        var missed = first + length;

        // The boundary has to pass while the bot is down: real time must pass, there is no clock to drive.
        var wait = missed - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(500);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        Assert.That(Handoffs(_bot, "U2").Concat(Handoffs(_bot, "U3")).Select(h => h.Boundary), Has.None.EqualTo(missed), "nobody handed off while the bot was down");
        _bot = await BotHarness.StartAsync(settings, _bot.Slack, _bot.DatabasePath);
        Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(missed + length), "started again before the next boundary");
        await Eventually.TrueAsync(() => Handoffs(_bot, "U2").Count == 3 && Handoffs(_bot, "U3").Count == 3, length * 2, "the missed and the next handoff");
        await _bot.WaitForIdleAsync();

        Assert.That(AssertOncePerBoundary(_bot.Slack), Is.EqualTo(new[] { first, missed, missed + length }));
    }
}
