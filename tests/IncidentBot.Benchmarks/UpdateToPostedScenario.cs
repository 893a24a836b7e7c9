using System.Diagnostics;
using System.Globalization;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Benchmarks;

/// <summary>
/// From <c>/incident update &lt;text&gt;</c> in an incident channel to the update posted in that channel and in the feed
/// headline's thread, against a fake Slack that adds 50 ms to every call. Updates are sequential, round-robin over a
/// few incidents and started at least 1.1 s apart, so Slack's per-channel posting pace (about 1 message/s, bursts of 3;
/// the feed channel is shared by all incidents) is never what is measured.
/// </summary>
public static class UpdateToPostedScenario
{
    private const int Incidents = 4;
    private const double TargetMs = 1000;
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(1100);

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var count = quick ? 5 : 20;
        await using var env = await BenchmarkEnvironment.StartAsync(engine: engine);
        var channels = new List<string>();
        for (var i = 1; i <= Incidents; i++)
        {
            channels.Add(await AckLatencyScenario.DeclareAndWaitAsync(env, $"Update timing {i}"));
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // Let the declares' feed headlines and pacing settle.
        env.Slack.Latency = TimeSpan.FromMilliseconds(50);
        var (ack, inChannel, inFeed) = (new List<double>(), new List<double>(), new List<double>());
        for (var n = 0; n < count; n++)
        {
            var started = Stopwatch.StartNew();
            var channel = channels[n % Incidents];
            var channelBefore = Updates(env.Slack.State.Messages(channel));
            var feedBefore = FeedReplies(env.Slack.State);
            using (var answer = await env.Requests.CommandAsync($"update Checked the database, step {n + 1}", channel: channel))
            {
                ack.Add(started.Elapsed.TotalMilliseconds);
                answer.EnsureSuccessStatusCode();
            }

            inChannel.Add(await WaitAsync(started, () => Updates(env.Slack.State.Messages(channel)) > channelBefore, env));
            inFeed.Add(await WaitAsync(started, () => FeedReplies(env.Slack.State) > feedBefore, env));
            if (Spacing - started.Elapsed is { } rest && rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }
        }

        Publish(report, engine, count, LatencyStats.Of(ack), LatencyStats.Of(inChannel), LatencyStats.Of(inFeed));
    }

    private static void Publish(Report report, BenchmarkEngine engine, int count, LatencyStats ack, LatencyStats inChannel, LatencyStats inFeed)
    {
        var spacing = Spacing.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        report.Section($"Update to posted — {engine.Label}",
            $"{count} sequential `/incident update <text>` commands, round-robin over {Incidents} incidents and started at least " +
            $"{spacing} s apart, so neither an incident channel nor the shared feed channel exceeds Slack's posting pace " +
            "(about 1 message/s per channel, bursts of 3) and the pace is not what is measured. The fake Slack adds 50 ms to every call.");
        report.LatencyTable("From sending the command to: its HTTP answer; the update in the incident channel; the update in the feed headline's thread.",
            new List<(string, LatencyStats, string?)>
            {
                ("command answered", ack, null), ("update in incident channel", inChannel, null), ("update in feed thread", inFeed, null),
            });
        report.Target("Update to posted", $"update in the channel: p99 < {TargetMs:0} ms", AckLatencyScenario.Ms(inChannel.P99), inChannel.P99 < TargetMs, engine);
        report.Target("Update to posted", $"update in the feed thread: p99 < {TargetMs:0} ms", AckLatencyScenario.Ms(inFeed.P99), inFeed.P99 < TargetMs, engine);
    }

    private static int Updates(IReadOnlyList<SlackMessage> messages) =>
        messages.Count(m => m.MetadataEventType == UpdateMessage.MetadataEventType && !m.IsThreadReply);

    private static int FeedReplies(FakeSlackState state) =>
        state.Messages(BenchmarkEnvironment.FeedChannel).Count(m => m.MetadataEventType == UpdateMessage.MetadataEventType && m.IsThreadReply);

    private static async Task<double> WaitAsync(Stopwatch started, Func<bool> posted, BenchmarkEnvironment env)
    {
        while (!posted())
        {
            if (started.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The update was not posted within 30 s:\n" + env.Bot.Log());
            }

            await Task.Delay(2);
        }

        return started.Elapsed.TotalMilliseconds;
    }
}
