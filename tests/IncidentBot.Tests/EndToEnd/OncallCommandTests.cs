using System.Globalization;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// <c>/incident oncall</c>, <c>set</c> and <c>swap</c> against a configured weekly rotation whose first turn (U1's) began
/// yesterday; what is set in Slack is kept in the database across a restart.
/// </summary>
[TestFixture]
public sealed class OncallCommandTests
{
    private BotHarness _bot = null!;

    private static readonly string Handoff = TimeProvider.System.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Settings() => ResolveSteps.Settings(
        ("IncidentBot:Rotations:platform:Members", "U1,U2,U3"),
        ("IncidentBot:Rotations:platform:Handoff", Handoff));

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Oncall_ConfiguredRotation_ShowsNowSecondaryAndNext()
    {
        var answer = await _bot.Requests.CommandAsync("oncall", "U2");

        Assert.That(answer.Text, Does.Contain("`platform` (turns of 7 d 0 h, times in UTC)")
            .And.Contain("On call now: <@U1>").And.Contain("Secondary: <@U2>").And.Contain("Next: <@U2>, from"));
    }

    [Test]
    public async Task Set_RemovingWhoeverIsOnCall_TheNextTakesOverAndItSurvivesARestart()
    {
        var answer = await _bot.Requests.CommandAsync("oncall set platform <@U2|bob> <@U3|carol>", "U2");

        Assert.That(answer.Text, Does.StartWith("`platform` is now <@U2>, <@U3>").And.Contain("On call now: <@U2>"));
        _bot = await _bot.RestartAsync(Settings());
        var after = await _bot.Requests.CommandAsync("oncall", "U1");
        Assert.That(after.Text, Does.Contain("On call now: <@U2>").And.Contain("Members in order: <@U2>, <@U3>"));
    }

    [Test]
    public async Task Swap_NowUntilLater_TheOtherIsOnCallForTheWindow()
    {
        var until = TimeProvider.System.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var answer = await _bot.Requests.CommandAsync($"oncall swap <@U1|alice> <@U3|carol> now {until}", "U1");

        Assert.That(answer.Text, Does.StartWith("`platform`: <@U1> and <@U3> stand in for each other from"));
        var shift = await _bot.Services.GetRequiredServiceOf<RotationService>().ShiftAsync("platform");
        Assert.That(shift!.Primary, Is.EqualTo("U3"));
        Assert.That((await _bot.Requests.CommandAsync("oncall", "U1")).Text, Does.Contain("On call now: <@U3>").And.Contain("Override: <@U1> ⇄ <@U3>"));
    }

    [Test]
    public async Task WithAdmins_OnlyTheySetMembers_AndAnOverrideIsTheirsOrThePeoplesInIt()
    {
        await _bot.DisposeAsync();
        var settings = Settings();
        settings["IncidentBot:Admins"] = "U9";
        _bot = await BotHarness.StartAsync(settings);
        var until = TimeProvider.System.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rotations = _bot.Services.GetRequiredServiceOf<RotationService>();

        var set = await _bot.Requests.CommandAsync("oncall set platform <@U2> <@U3>", "U1");
        var swap = await _bot.Requests.CommandAsync($"oncall swap <@U1> <@U3> now {until}", "U2");

        Assert.That(set.Text, Does.Contain("Only the admins (<@U9>) set a rotation's members; nothing was changed."));
        Assert.That(swap.Text, Does.Contain("An override is for <@U1>, <@U3> or the admins (<@U9>) to make; nothing was changed."));
        Assert.That(await _bot.Services.GetRequiredServiceOf<OncallStore>().GetAsync("platform"), Is.Null);
        Assert.That(await rotations.SwapsAsync("platform"), Is.Empty);

        Assert.That((await _bot.Requests.CommandAsync($"oncall swap <@U1> <@U3> now {until}", "U3")).Text, Does.StartWith("`platform`: <@U1> and <@U3>"));
        Assert.That((await _bot.Requests.CommandAsync("oncall set platform <@U2> <@U3>", "U9")).Text, Does.StartWith("`platform` is now <@U2>, <@U3>"));
        Assert.That(await rotations.SwapsAsync("platform"), Has.Count.EqualTo(1));
        Assert.That((await rotations.GetAsync("platform"))!.Members, Is.EqualTo(new[] { "U2", "U3" }));
    }

    [TestCase("oncall set", "Usage: `/incident oncall set <rotation>")]
    [TestCase("oncall set Platform! <@U1>", "Usage: `/incident oncall set <rotation>")]
    [TestCase("oncall set platform <@U1> bob", "Usage: `/incident oncall set <rotation>")]
    [TestCase("oncall set platform <@U1> <@U1>", "Each member once")]
    [TestCase("oncall swap <@U1> <@U2> tomorrow never", "Give the times as `now`")]
    [TestCase("oncall swap <@U1> <@U2> now 2020-01-01", "The window must end after it starts, and after now")]
    [TestCase("oncall swap <@U8> <@U9> now 2099-01-01", "Neither of them is in a rotation")]
    [TestCase("oncall swap payments <@U1> <@U2> now 2099-01-01", "There is no rotation `payments`")]
    [TestCase("oncall rota", "\"rota\" is neither `set` nor `swap`")]
    public async Task Oncall_BadInput_ExplainsAndChangesNothing(string command, string expected)
    {
        var answer = await _bot.Requests.CommandAsync(command, "U1");

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That(await _bot.Services.GetRequiredServiceOf<OncallStore>().GetAsync("platform"), Is.Null);
        Assert.That(await _bot.Services.GetRequiredServiceOf<RotationService>().SwapsAsync("platform"), Is.Empty);
    }
}
