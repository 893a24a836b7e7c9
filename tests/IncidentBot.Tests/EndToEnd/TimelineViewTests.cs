using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.TimelineScenario;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident timeline</c>: reader-local times, and long timelines split into pages Slack accepts.</summary>
[TestFixture]
public sealed partial class TimelineViewTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Timeline_ShowsEachEntryWithAReaderLocalTimeInOrder()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.Requests.CommandAsync("role lead <@U2>", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("note Paged the database team", "U2", incident.ChannelId!);

        var answer = await _bot.Requests.CommandAsync("timeline", "U2", incident.ChannelId!);

        var blocks = answer.Json!["blocks"]!.AsArray();
        Assert.That(BlockKitValidator.ValidateBlocks(blocks, BlockSurface.Message), Is.Empty);
        var lines = MessageText.Of(blocks.ToJsonString()).Split('\n').Where(l => l.StartsWith("<!date^", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(4));
        Assert.That(lines[0], Does.Match(@"^<!date\^\d+\^\{date_short_pretty\} \{time\}\|\d{4}-\d\d-\d\d \d\d:\d\d UTC> · :rotating_light: Declared SEV1: Checkout is failing — <@U1>$"));
        Assert.That(lines[1], Does.EndWith("<@U1> took Incident Commander"));
        Assert.That(lines[2], Does.EndWith("<@U1> made <@U2> Technical Lead"));
        Assert.That(lines[3], Does.EndWith(":memo: Paged the database team — <@U2>"));
    }

    [Test]
    public async Task Timeline_300Entries_ArriveInPagesWithinBlockKitLimitsEachEntryOnce()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        var notes = _bot.Services.GetRequiredServiceOf<TimelineService>();
        for (var i = 1; i <= 300; i++)
        {
            var filler = new string('x', i % 7 == 0 ? 2800 : 20 + (i * 13 % 400));
            await notes.AddNoteAsync(incident.Id, "U2", $"note #{i:D3} {filler}", null);
        }

        var answer = await _bot.Requests.CommandAsync("timeline", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var first = answer.Json!["blocks"]!.AsArray();
        var rest = _bot.Slack.State.Ephemerals.Where(e => e.User == "U1" && e.Channel == incident.ChannelId).ToList();
        var pages = new[] { first }.Concat(rest.Select(e => JsonNode.Parse(e.BlocksJson!)!.AsArray())).ToList();
        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages.SelectMany(p => BlockKitValidator.ValidateBlocks(p, BlockSurface.Message)), Is.Empty);
        // Slack refuses a message whose blocks hold much more than about 12,000 characters of text (msg_blocks_too_long).
        Assert.That(pages.Select(p => p.Sum(b => (b!["text"]?["text"]?.GetValue<string>().Length ?? 0)
            + (b["elements"]?.AsArray().Sum(e => e!["text"]?.GetValue<string>().Length ?? 0) ?? 0))), Has.All.LessThanOrEqualTo(12_000));
        Assert.That(answer.Text, Does.Contain($"page 1 of {pages.Count}"));
        var numbers = pages.SelectMany(p => NoteNumber().Matches(MessageText.Of(p.ToJsonString())).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, 300)), "every entry once, in order, across the pages");
        Assert.That(_bot.Slack.CallsTo("chat.postEphemeral").Where(c => c.Error is not null), Is.Empty);
    }

    [GeneratedRegex(@"note #(\d{3}) ")]
    private static partial Regex NoteNumber();
}
