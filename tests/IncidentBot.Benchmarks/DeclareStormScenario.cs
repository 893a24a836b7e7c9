using System.Diagnostics;
using System.Globalization;
using IncidentBot.FakeSlack;

namespace IncidentBot.Benchmarks;

/// <summary>
/// A declare storm in a big workspace: 30 declares at once in a workspace of 20,000 channels, with the fake Slack
/// enforcing Slack's per-method tier limits (conversations.create, conversations.list, setTopic, setPurpose and pins.add
/// at 20 a minute). Slack's create limit alone means the last 10 channels wait about a minute.
/// </summary>
public static class DeclareStormScenario
{
    private const int Declares = 30;
    private const int WorkspaceChannels = 20_000;

    public static async Task RunAsync(Report report, BenchmarkEngine engine)
    {
        await using var env = await BenchmarkEnvironment.StartAsync(
            prepare: (slack, _) =>
            {
                slack.AddChannels(WorkspaceChannels);
                for (var i = 1; i <= Declares; i++)
                {
                    slack.AddUser(Declarer(i), $"responder{i}");
                }

                return Task.CompletedTask;
            },
            slackOptions: new FakeSlackOptions { EnforceTierLimits = true }, engine: engine);
        var burst = Stopwatch.StartNew();
        var acks = await Task.WhenAll(Enumerable.Range(1, Declares).Select(i => AckAsync(env, $"Storm {i}", Declarer(i))));
        await AckLatencyScenario.WaitForBriefsAsync(env, TimeSpan.FromMinutes(3));
        var allPinned = burst.Elapsed;

        var channels = Enumerable.Range(1, Declares)
            .Select(i => env.Slack.State.ChannelByName(AckLatencyScenario.ChannelName($"Storm {i}")))
            .OfType<IncidentBot.FakeSlack.SlackChannel>().ToList();
        var oneOfEach = channels.Count == Declares
            && env.Slack.State.Channels.Count(c => c.Name.StartsWith("incident-", StringComparison.Ordinal)) == Declares
            && channels.All(c => env.Slack.State.Pins(c.Id).Count == 1);
        var lists = env.Slack.CallsTo("conversations.list").Count;
        var early = env.Slack.EarlyCalls.Count;
        var limited = env.Slack.Calls.Where(c => c.HttpStatus == 429).GroupBy(c => c.Method)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")).ToList();
        var ackStats = LatencyStats.Of(acks);

        report.Section($"Declare storm under Slack's limits — {engine.Label}",
            $"{Declares} declares at once in a workspace of {WorkspaceChannels:N0} channels; the fake Slack enforces Slack's per-method " +
            "tier limits (Tier 2 = 20 calls a minute: conversations.create, conversations.list, setTopic, setPurpose, pins.add; " +
            "Tier 3 = 50; Tier 4 = 100) and answers 429 with Retry-After past them. Run alone with `--only storm`.");
        report.LatencyTable("Acknowledgement of each declare (the slash command's HTTP answer).", [("storm declares", ackStats, null)]);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"All {Declares} briefs pinned after **{allPinned.TotalSeconds:0.0} s**; {channels.Count} incident channels; " +
            $"**{lists} conversations.list calls**; {early} calls before their Retry-After; 429 answers: {(limited.Count == 0 ? "none" : string.Join(", ", limited))}."));
        report.Target("Declare storm", "every incident gets one channel and one pinned brief within 2 minutes",
            string.Create(CultureInfo.InvariantCulture, $"{channels.Count} channels, all pinned in {allPinned.TotalSeconds:0.0} s"),
            oneOfEach && allPinned < TimeSpan.FromMinutes(2), engine);
        report.Target("Declare storm", "at most 5 conversations.list calls", lists.ToString(CultureInfo.InvariantCulture), lists <= 5, engine);
        report.Target("Declare storm", "no call before its Retry-After", early.ToString(CultureInfo.InvariantCulture), early == 0, engine);
        report.Target("Declare storm", "every acknowledgement within 3 s", AckLatencyScenario.Ms(ackStats.Max), ackStats.Max < 3000, engine);
    }

    /// <summary>Each declare comes from a different responder, as in a storm where many teams declare.</summary>
    private static string Declarer(int i) => string.Create(CultureInfo.InvariantCulture, $"US{i:D3}");

    private static async Task<double> AckAsync(BenchmarkEnvironment env, string title, string user)
    {
        var clock = Stopwatch.StartNew();
        using var response = await env.Requests.CommandAsync($"declare sev2 {title}", user);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? clock.Elapsed.TotalMilliseconds : double.PositiveInfinity;
    }
}
