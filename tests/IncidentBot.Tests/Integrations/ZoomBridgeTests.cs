using IncidentBot.Core.Incidents;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The Zoom bridge end to end against the fake Zoom: declaring a configured severity creates one meeting, bookmarked in
/// the incident's channel and linked in its brief (and not the static bridge); another severity gets its own static bridge instead.
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

    private string Brief(Incident incident) => _bot!.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();
}
