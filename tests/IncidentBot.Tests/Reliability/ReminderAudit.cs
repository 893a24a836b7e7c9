using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.EndToEnd;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// What the bot posted, told apart by the effect key each post carries in its Slack message metadata. An update
/// reminder's key is <c>inc:{incident id}:reminder:{anchor ms}:{missed}</c>: the anchor is the last update (or the
/// declaration) the reminders count from and <c>missed</c> the reminder's number since it, so one key is one reminder
/// period of one incident.
/// </summary>
internal static partial class ReminderAudit
{
    /// <summary>The effect key of every chat.postMessage Slack accepted, repeats included.</summary>
    public static IReadOnlyList<string> PostedKeys(FakeSlackServer slack) =>
        slack.CallsTo("chat.postMessage").Where(c => c.Error is null && !c.Faulted)
            .Select(c => c.Args.TryGetValue("metadata", out var metadata) ? KeyIn(JsonNode.Parse(metadata)?["event_payload"]) : null)
            .OfType<string>().ToList();

    /// <summary>The reminder periods among <paramref name="keys"/>: incident, anchor and number, repeats included.</summary>
    public static IReadOnlyList<(long IncidentId, long AnchorMs, int Missed)> Periods(IEnumerable<string> keys) =>
        keys.Select(k => PeriodKey().Match(k)).Where(m => m.Success)
            .Select(m => (Number(m.Groups[1].Value), Number(m.Groups[2].Value), (int)Number(m.Groups[3].Value))).ToList();

    /// <summary>When the latest update reminder in <paramref name="channel"/> was posted, per the fake Slack's clock.</summary>
    public static DateTimeOffset? LatestIn(FakeSlackServer slack, string channel) =>
        slack.State.Messages(channel)
            .Where(m => m.MetadataEventType == ReminderMessage.MetadataEventType && m.MetadataPayloadJson is { } payload
                        && KeyIn(JsonNode.Parse(payload)) is { } key && PeriodKey().IsMatch(key))
            .Select(CadenceDriver.TimeOf).DefaultIfEmpty().Max() is var latest && latest != default ? latest : null;

    /// <summary>
    /// Asserts that each run of <paramref name="incident"/>'s reminders since an anchor is numbered 1, 2, 3… without a gap
    /// or a repeat; that every reminder the database recorded as <paramref name="fired"/> reached Slack; and that no two
    /// fired closer than a cadence apart (a period that fired twice would have been numbered on).
    /// </summary>
    public static void AssertEachPeriodOnce(Incident incident, IReadOnlyList<(long IncidentId, long AnchorMs, int Missed)> periods,
        IReadOnlyList<DateTimeOffset> fired, TimeSpan cadence)
    {
        Assert.That(periods, Is.Not.Empty, $"{incident.Reference} was reminded");
        foreach (var run in periods.GroupBy(p => p.AnchorMs))
        {
            Assert.That(run.Select(p => p.Missed).Order(), Is.EqualTo(Enumerable.Range(1, run.Count())), $"{incident.Reference}'s reminders since {run.Key}");
        }

        Assert.That(fired, Has.Count.EqualTo(periods.Count), $"{incident.Reference}: every recorded reminder was posted");
        var times = fired.Order().ToList();
        var closest = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(cadence).Min();
        Assert.That(closest, Is.GreaterThan(cadence - TimeSpan.FromSeconds(1)), $"{incident.Reference}: reminders at {string.Join(", ", times)}");
    }

    private static string? KeyIn(JsonNode? payload) => payload?["effect_key"]?.GetValue<string>();

    private static long Number(string digits) => long.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^inc:(\d+):reminder:(\d+):(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodKey();
}
