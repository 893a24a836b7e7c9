using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The Zoom bridge end to end against the fake Zoom: declaring a configured severity creates one meeting, bookmarked in
/// the incident's channel and linked in its brief (and not the static bridge); another severity gets its own static bridge
/// instead. A create whose answer is lost is found again in Zoom's listing, never made twice; a Zoom that refuses, or is
/// still down a while after the declaration, leaves the incident its static bridge.
/// </summary>
[TestFixture]
public sealed class ZoomBridgeTests
{
    private BotHarness? _bot;
    private FakeZoom? _zoom;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_zoom is not null)
        {
            await _zoom.DisposeAsync();
        }
    }

    [Test]
    public async Task DeclareSev0_CreatesOneMeeting_BookmarkedAndInTheBrief_Sev2GetsItsStaticBridgeInstead()
    {
        _zoom = await FakeZoom.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:Zoom:AccountId", FakeZoom.AccountId), ("IncidentBot:Zoom:ClientId", FakeZoom.ClientId),
            ("IncidentBot:Zoom:ClientSecret", FakeZoom.ClientSecret), ("IncidentBot:Zoom:Severities", "sev0"),
            ("IncidentBot:Zoom:BaseUrl", _zoom.BaseUrl.ToString()), ("IncidentBot:Zoom:OAuthUrl", _zoom.OAuthUrl.ToString()),
            ("IncidentBot:Bridge:Url", "https://meet.example.com/all"), ("IncidentBot:Bridge:Severities:sev2", "https://meet.example.com/sev2")));

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev0 Payments down everywhere");
        var minor = await ResolveSteps.DeclareAsync(_bot, "declare sev2 A typo on the pricing page");
        await _bot.WaitForIdleAsync();
        await Eventually.TrueAsync(async () => Brief(await ResolveSteps.ReloadAsync(_bot, incident)).Contains("|Zoom bridge>", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), "the brief to link the bridge");

        var meeting = _zoom.Meetings.Single();
        var join = _bot.Slack.State.Bookmarks(incident.ChannelId!).Where(b => b.Title == "Zoom bridge").Select(b => b.Link).Single();
        var brief = Brief(await ResolveSteps.ReloadAsync(_bot, incident));
        Assert.Multiple(() =>
        {
            Assert.That(_zoom.Refused, Is.Empty);
            Assert.That((string?)meeting["topic"], Is.EqualTo("Incident INC-1"), "the reference, never the title");
            Assert.That(join, Does.StartWith("https://us02web.zoom.us/j/"));
            Assert.That(brief, Does.Contain($"<{join}|Zoom bridge>"));
            Assert.That(_bot.Slack.State.Bookmarks(minor.ChannelId!).Select(b => (b.Title, b.Link)),
                Is.EqualTo(new[] { ("Video bridge", (string?)"https://meet.example.com/sev2") }), "no Zoom for sev2: its static bridge instead");
            Assert.That(_bot.Slack.State.Bookmarks(incident.ChannelId!).Select(b => b.Link), Has.None.Contains("meet.example.com"),
                "Zoom's meeting is the sev0 bridge, not the static one");
        });
    }

    [Test]
    public async Task CreateAnswerLost_TheRetryFindsTheMeetingByItsMarker_OneMeeting_AndTheBriefShowsIt()
    {
        _zoom = await FakeZoom.StartAsync();
        _zoom.AddMeeting("Weekly sync", null);
        var others = _zoom.AddMeeting("Incident INC-7", "Video bridge of incident INC-7, opened by the incident bot [incidentbot:10]");
        _zoom.LoseNextCreateAnswer();
        _bot = await BotHarness.StartAsync(Settings(FakeZoom.ClientSecret));

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev0 Payments down everywhere");
        await Eventually.TrueAsync(async () => Brief(await ResolveSteps.ReloadAsync(_bot, incident)).Contains("|Zoom bridge>", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the retry to settle on a meeting");
        await _bot.WaitForIdleAsync();

        var created = _zoom.Meetings.Single();
        var join = _bot.Slack.State.Bookmarks(incident.ChannelId!).Where(b => b.Title == "Zoom bridge").Select(b => b.Link).Single();
        var brief = Brief(await ResolveSteps.ReloadAsync(_bot, incident));
        Assert.Multiple(() =>
        {
            Assert.That(_zoom.Refused, Is.Empty);
            Assert.That((string?)created["agenda"], Does.EndWith($"[incidentbot:{incident.Id}]"), "the marker the retry looks for");
            Assert.That(_zoom.Listings, Is.EqualTo(1), "looked for once, on the retry after the lost answer");
            Assert.That(join, Does.StartWith("https://us02web.zoom.us/j/").And.Not.EqualTo(others), "the meeting made for this incident");
            Assert.That(brief, Does.Contain($"<{join}|Zoom bridge>"));
        });
    }

    [Test]
    public async Task ZoomRefuses_TheStaticBridgeStandsIn_BookmarkedAndInTheBrief()
    {
        _zoom = await FakeZoom.StartAsync();
        _bot = await BotHarness.StartAsync(Settings("not-the-secret"));

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev0 Payments down everywhere");

        await ExpectStaticBridgeAsync(incident);
        Assert.That(_zoom.Refused, Is.EqualTo(new[] { "token" }), "refused once, not retried");
        Assert.That(_zoom.Meetings, Is.Empty);
    }

    [Test]
    public async Task ZoomStillDownAMinuteAfterTheDeclaration_TheStaticBridgeStandsIn()
    {
        _zoom = await FakeZoom.StartAsync();
        _zoom.GoDown();
        _bot = await BotHarness.StartAsync(Settings(FakeZoom.ClientSecret));

        await _bot.Requests.CommandAsync("declare sev0 Payments down everywhere", "U1");
        await Eventually.TrueAsync(WaitsForARetryAsync, TimeSpan.FromSeconds(20), "the meeting to wait for a retry");
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That(_bot.Slack.State.Bookmarks(incident.ChannelId!).Where(b => b.Title is "Zoom bridge" or "Video bridge"), Is.Empty,
            "an outage is waited out for a while before giving Zoom up");

        // The declaration was longer ago than Zoom is waited for, and the retry is due.
        var earlier = TimeProvider.System.GetUtcNow() - ZoomMeetingHandler.GiveUpAfter - TimeSpan.FromSeconds(1);
        await _bot.Database.InTransactionAsync(tx => Dapper.SqlMapper.ExecuteAsync(tx.Connection!,
            "UPDATE outbox SET created_at = @earlier, next_attempt_at = 0 WHERE kind = @kind",
            new { earlier = earlier.ToUnixTimeMilliseconds(), kind = ZoomWorkKinds.CreateMeeting }, tx));

        await ExpectStaticBridgeAsync(incident);
        Assert.That(_zoom.Meetings, Is.Empty);
    }

    private Dictionary<string, string?> Settings(string clientSecret) => ResolveSteps.Settings(
        ("IncidentBot:Zoom:AccountId", FakeZoom.AccountId), ("IncidentBot:Zoom:ClientId", FakeZoom.ClientId),
        ("IncidentBot:Zoom:ClientSecret", clientSecret), ("IncidentBot:Zoom:Severities", "sev0"),
        ("IncidentBot:Zoom:BaseUrl", _zoom!.BaseUrl.ToString()), ("IncidentBot:Zoom:OAuthUrl", _zoom.OAuthUrl.ToString()),
        ("IncidentBot:Bridge:Url", "https://meet.example.com/all"));

    private async Task ExpectStaticBridgeAsync(Incident incident)
    {
        await Eventually.TrueAsync(async () => Brief(await ResolveSteps.ReloadAsync(_bot!, incident)).Contains("<https://meet.example.com/all|Video bridge>", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the brief to show the static bridge");
        await _bot!.WaitForIdleAsync();
        Assert.That(_bot.Slack.State.Bookmarks(incident.ChannelId!).Where(b => b.Title is "Zoom bridge" or "Video bridge").Select(b => (b.Title, b.Link)),
            Is.EqualTo(new[] { ("Video bridge", (string?)"https://meet.example.com/all") }), "the static bridge bookmarked once, and no Zoom bridge");
    }

    /// <summary>Whether the Zoom work failed at least once and waits to be tried again.</summary>
    private async Task<bool> WaitsForARetryAsync() => await _bot!.Database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
        "SELECT COUNT(*) FROM outbox WHERE kind = @kind AND status = 'pending' AND attempts >= 1", new { kind = ZoomWorkKinds.CreateMeeting })) == 1;

    private string Brief(Incident incident) => _bot!.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();
}
