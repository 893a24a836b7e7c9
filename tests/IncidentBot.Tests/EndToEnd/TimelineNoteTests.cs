using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.TimelineScenario;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident note</c>, now or back-dated in the configured zone, and how bad input is answered.</summary>
[TestFixture]
public sealed class TimelineNoteTests
{
    private static readonly string[] Zones = ["Asia/Kolkata", "UTC", "America/Los_Angeles", "Asia/Tokyo"];
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
    public async Task Note_Now_IsRecordedAndShownInTheTimeline()
    {
        var incident = await StartInZoneAsync("UTC");

        var answer = await _bot!.Requests.CommandAsync("note Rolled back deploy 4812 &amp; purged the CDN", "U2", incident.ChannelId!);
        var timeline = await _bot.Requests.CommandAsync("timeline", "U3", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Added to the timeline").And.Contain("<!date^"));
        var note = (await TimelineAsync(_bot, incident))[^1];
        Assert.That((note.Kind, note.Text, note.UserId), Is.EqualTo((TimelineKind.Note, "Rolled back deploy 4812 &amp; purged the CDN", "U2")));
        Assert.That(timeline.Json?["response_type"]?.GetValue<string>(), Is.EqualTo("ephemeral"));
        Assert.That(MessageText.Of(timeline.Json?["blocks"]?.ToJsonString()), Does.Contain("Rolled back deploy 4812 &amp; purged the CDN — <@U2>"));
    }

    [Test]
    public async Task Note_Backdated_IsPlacedAtThatTimeTodayInTheConfiguredZone()
    {
        var incident = await StartInZoneAsync("Asia/Kolkata");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var today = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).Date;
        var expected = new DateTimeOffset(today, zone.GetUtcOffset(today));

        var answer = await _bot!.Requests.CommandAsync("note @00:00 First alert fired", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("Added to the timeline"));
        var entries = await TimelineAsync(_bot, incident);
        var note = entries.Single(e => e.Kind == TimelineKind.Note);
        Assert.That(note.OccurredAt, Is.EqualTo(expected));
        Assert.That(note.Text, Is.EqualTo("First alert fired"));
        Assert.That(entries[0], Is.SameAs(note), "a back-dated note sorts before the declaration");
    }

    [Test]
    public async Task Note_InTheFuture_IsRefusedWithUsage()
    {
        var (zoneId, local) = ZoneWithDaylightLeft();
        var incident = await StartInZoneAsync(zoneId);
        var later = local.AddMinutes(30).ToString("HH:mm", CultureInfo.InvariantCulture);

        var answer = await _bot!.Requests.CommandAsync($"note @{later} Too early", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("in the future").And.Contain("/incident note @14:05 &lt;text&gt;"));
        Assert.That((await TimelineAsync(_bot, incident)).Where(e => e.Kind == TimelineKind.Note), Is.Empty);
    }

    [TestCase("note @25:99 Something", "not a time of day")]
    [TestCase("note @noon Lunch", "\"@noon\" is not a time")]
    [TestCase("note @14:5 Typo", "\"@14:5\" is not a time")]
    [TestCase("note", "What should the note say?")]
    [TestCase("note @00:00", "What should the note say?")]
    public async Task Note_BadInput_IsRefusedWithUsageAndRecordsNothing(string command, string expected)
    {
        var incident = await StartInZoneAsync("UTC");

        var answer = await _bot!.Requests.CommandAsync(command, "U1", incident.ChannelId!);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected).And.Contain("Usage: `/incident note &lt;text&gt;`"));
        Assert.That((await TimelineAsync(_bot, incident)).Where(e => e.Kind == TimelineKind.Note), Is.Empty);
    }

    [Test]
    public async Task NoteAndTimeline_OutsideAnIncidentChannel_PointToTheIncidents()
    {
        await StartInZoneAsync("UTC");

        var note = await _bot!.Requests.CommandAsync("note hello", "U1", "CGENERAL");
        var timeline = await _bot.Requests.CommandAsync("timeline", "U1", "CGENERAL");

        Assert.That(note.Text, Does.Contain("works inside an incident channel").And.Contain("INC-1"));
        Assert.That(timeline.Text, Does.Contain("works inside an incident channel"));
    }

    private async Task<Incident> StartInZoneAsync(string zone)
    {
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:TimeZone"] = zone });
        return await DeclareAsync(_bot);
    }

    /// <summary>A zone where it is now between 01:00 and 22:00, so "30 minutes from now" is still today.</summary>
    private static (string Zone, DateTimeOffset Local) ZoneWithDaylightLeft() => Zones
        .Select(z => (Zone: z, Local: TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(z))))
        .First(z => z.Local.Hour is >= 1 and < 22);

    [Test]
    public async Task Note_OutsideAnIncidentChannel_WithManyOpen_SaysHowManyMore()
    {
        await StartInZoneAsync("UTC");
        for (var i = 2; i <= 12; i++)
        {
            await _bot!.Requests.CommandAsync($"declare sev2 Service {i} is down", "U1");
        }

        var note = await _bot!.Requests.CommandAsync("note hello", "U1", "CGENERAL");

        Assert.That(note.Text, Does.Contain("works inside an incident channel").And.Contain("and 2 more (`/incident list`)."));
    }
}
