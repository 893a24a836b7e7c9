using System.Diagnostics;
using System.Globalization;

namespace IncidentBot.Benchmarks;

/// <summary>
/// From the declare command to the brief pinned in the new channel, against a fake Slack that adds 50 ms to every
/// call: create, then invite, topic, purpose and brief side by side, then the pin, is three round trips (150 ms) where
/// one after another was six. And 40 declares at once, which must give 40 distinct channels.
/// </summary>
public static class DeclareToBriefScenario
{
    public static async Task RunAsync(Report report, BenchmarkEngine engine, int sequential)
    {
        await using var env = await BenchmarkEnvironment.StartAsync(engine: engine);
        env.Slack.Latency = TimeSpan.FromMilliseconds(50);
        var times = new List<double>();
        for (var i = 1; i <= sequential; i++)
        {
            var clock = Stopwatch.StartNew();
            await AckLatencyScenario.DeclareAndWaitAsync(env, $"Pin timing {i}");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var stats = LatencyStats.Of(times);
        report.LatencyTable($"Declare to brief pinned on {engine.Label} (fake Slack adds 50 ms per call; create, then invite, topic, purpose and post side by side, then pin).",
            [("sequential declares", stats, null)]);
        report.Target("Declare to brief", "brief pinned in three Slack round trips: p50 < 250 ms", AckLatencyScenario.Ms(stats.P50), stats.P50 < 250, engine);
        report.Target("Declare to brief", "brief pinned within a second: p99 < 1000 ms", AckLatencyScenario.Ms(stats.P99), stats.P99 < 1000, engine);

        var all = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => env.Requests.CommandAsync($"declare sev2 Concurrent {i}")));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        await AckLatencyScenario.WaitForBriefsAsync(env, TimeSpan.FromMinutes(2));
        var channels = Enumerable.Range(1, 40)
            .Select(i => env.Slack.State.ChannelByName(AckLatencyScenario.ChannelName($"Concurrent {i}"))?.Id)
            .OfType<string>().Distinct().Count();
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"40 concurrent declares on {engine.Label}: **{channels} distinct channels**, all briefs pinned after **{all.Elapsed.TotalMilliseconds:0} ms** (50 ms per Slack call)."));
        report.Target("Declare to brief", "40 concurrent declares give 40 distinct channels", $"{channels} channels", channels == 40, engine);

        // A set-up run twice would show as a second channel (its name taken, the next suffix) for one declare.
        var created = env.Slack.CallsTo("conversations.create").Count(c => c.Error is null && !c.Faulted);
        report.Target("Declare to brief", $"one channel made per declare: {sequential + 40} for {sequential + 40} declares",
            $"{created} made", created == sequential + 40, engine);
    }
}
