using System.Globalization;
using Dapper;
using IncidentBot.Core.Storage;

namespace IncidentBot.Benchmarks;

/// <summary>
/// How fast Slack gets its answer: signed <c>/incident help</c>, <c>status</c> and inline declares at 50 and 200
/// requests/s, against a bare <c>/healthz</c> on the same host in the same run (the floor). Also start-up time to
/// <c>/readyz</c> and the working set at idle.
/// </summary>
public static class AckLatencyScenario
{
    private const double AckTargetMs = 50;
    private static readonly int[] Rates = [50, 200];

    // A light /healthz stream sent during the declare load: how fast the bare host answers while the bot is busy with
    // the declares' own follow-up work. Shown for diagnosis; the targets use the floor measured on its own.
    private const int BesideRate = 20;

    public static async Task RunAsync(Report report, BenchmarkEngine engine, TimeSpan duration, int roundCount)
    {
        await using var env = await BenchmarkEnvironment.StartAsync(engine: engine);
        await Task.Delay(TimeSpan.FromSeconds(3));
        report.Section($"Start-up, idle and acknowledgement — {engine.Label}", string.Create(CultureInfo.InvariantCulture,
            $"Process start to `/readyz` 200: **{env.StartupTime.TotalMilliseconds:0} ms**. Working set (VmRSS) at idle after 3 s: **{env.Bot.WorkingSetMb():0} MB**."));

        var statusChannel = await DeclareAndWaitAsync(env, "Status probe incident");
        using var load = LoadClientProcess.Start(env.Bot.BaseUrl);
        await load.RunAsync(new LoadPlan(2, [LoadFlow.Healthz(100), LoadFlow.Command(100, "help")]));
        var (sent, lost) = (1L, new Dictionary<int, long>());
        var roundLines = new List<string>();
        var rows = new List<(string, LatencyStats, string?)>();
        foreach (var rate in Rates)
        {
            // The scenarios take turns, round after round, so drift on the host reaches each of them alike.
            var rounds = new List<LatencyStats[]>();
            var lostBefore = lost.Values.Sum();
            for (var round = 1; round <= roundCount; round++)
            {
                var floor = await load.RunAsync(LoadFlow.Healthz(rate), duration);
                var help = await load.RunAsync(LoadFlow.Command(rate, "help"), duration);
                var status = await load.RunAsync(LoadFlow.Command(rate, "status", statusChannel), duration);
                var together = await load.RunAsync(new LoadPlan(duration.TotalSeconds,
                    [LoadFlow.Command(rate, $"declare sev2 Load test {rate} round {round} {{n}}"), LoadFlow.Healthz(BesideRate)]));
                rounds.Add([floor, help, status, together[0], together[1]]);
                roundLines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {rate}/s | {round} | {floor.P99:0.0} | {help.P99:0.0} | {status.P99:0.0} | {together[0].P99:0.0} | {together[1].P99:0.0} |"));
                Console.WriteLine(roundLines[^1]);
                sent += together[0].Count;
                lost[rate] = sent - await WaitForBriefsAsync(env, TimeSpan.FromMinutes(10)) - lostBefore;
            }

            var (floorAll, helpAll, statusAll, declareAll, besideAll) = (Merge(rounds, 0), Merge(rounds, 1), Merge(rounds, 2), Merge(rounds, 3), Merge(rounds, 4));
            rows.Add(($"`/healthz` @ {rate}/s (floor)", floorAll, null));
            rows.Add(($"`/incident help` @ {rate}/s", helpAll, Ratio(helpAll, floorAll)));
            rows.Add(($"`/incident status` @ {rate}/s", statusAll, Ratio(statusAll, floorAll)));
            rows.Add(($"inline declare @ {rate}/s", declareAll, Ratio(declareAll, floorAll)));
            rows.Add(($"`/healthz` @ {BesideRate}/s beside inline declare @ {rate}/s", besideAll,
                string.Create(CultureInfo.InvariantCulture, $"declare p99 {declareAll.P99 / Math.Max(besideAll.P99, 0.001):0.0}× this")));
        }

        report.LatencyTable(string.Create(CultureInfo.InvariantCulture, $"Acknowledgement latency (HTTP answer to Slack) on {engine.Label}, measured by a load client in its own process. Each scenario ran {roundCount} round(s) of {duration.TotalSeconds:0} s, taking turns with the others; p50 and p99 are the median of the rounds' own, max the largest in any round, requests the total. Ratio is p99 against the floor: the `/healthz` p99 measured on its own at the same rate. The `/healthz` rows marked *beside* were sent at {BesideRate}/s during the declare load, to show how much of a declare's tail is the host being busy with the declares' follow-up work rather than the declare itself."), rows);
        report.Line("p99 of each round, in ms, in the order they ran (the figures above are the median of these):\n\n" +
            "| rate | round | `/healthz` floor | `help` | `status` | inline declare | `/healthz` beside |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" +
            string.Join("\n", roundLines));
        // The bar is absolute, far inside Slack's 3 s, at every rate; the ratio to the floor stays in the table, for diagnosis.
        foreach (var (name, stats, _) in rows.Where(r => r.Item1.Contains("/s", StringComparison.Ordinal) && !r.Item1.Contains("healthz", StringComparison.Ordinal)))
        {
            report.Target("Acknowledgement", $"{name}: p99 < {AckTargetMs} ms", Ms(stats.P99), stats.Errors == 0 && stats.P99 < AckTargetMs, engine);
        }

        foreach (var rate in Rates)
        {
            report.Target("Acknowledgement", $"inline declare @ {rate}/s: every declare recorded (none answered with a failure)",
                $"{lost[rate]} not recorded", lost[rate] == 0, engine);
        }
    }

    public static string Ms(double millis) => string.Create(CultureInfo.InvariantCulture, $"{millis:0.0} ms");

    public static async Task<string> DeclareAndWaitAsync(BenchmarkEnvironment env, string title)
    {
        using var _ = await env.Requests.CommandAsync($"declare sev2 {title}");
        var name = ChannelName(title);
        var deadline = Environment.TickCount64 + 30_000;
        while (Environment.TickCount64 < deadline)
        {
            if (env.Slack.State.ChannelByName(name) is { } channel && env.Slack.State.Pins(channel.Id).Count > 0)
            {
                return channel.Id;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"No pinned brief in #{name}:\n{env.Bot.Log()}");
    }

    public static string ChannelName(string title) =>
        $"incident-{TimeProvider.System.GetUtcNow():yyyy-MM-dd}-{title.ToLowerInvariant().Replace(' ', '-')}";

    /// <summary>
    /// Waits until every incident the bot recorded has its brief pinned, and returns how many it recorded: a declare the
    /// bot answered with a failure is not waited for, and the caller compares the count with the declares it sent.
    /// </summary>
    public static async Task<long> WaitForBriefsAsync(BenchmarkEnvironment env, TimeSpan timeout)
    {
        using var database = Database.Open(env.DatabaseSetting);
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            var recorded = await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incidents"));
            var pinned = env.Slack.CallsTo("pins.add").Count(c => c.Error is null && !c.Faulted);
            if (pinned >= recorded)
            {
                return recorded;
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"Only {pinned} of {recorded} briefs pinned:\n{env.Bot.Log()}");
            }

            await Task.Delay(100);
        }
    }

    private static LatencyStats Merge(List<LatencyStats[]> rounds, int index) => LatencyStats.MedianOf(rounds.Select(r => r[index]).ToList());

    private static string Ratio(LatencyStats stats, LatencyStats floor) =>
        string.Create(CultureInfo.InvariantCulture, $"p99 {stats.P99 / Math.Max(floor.P99, 0.001):0.0}× floor");
}
