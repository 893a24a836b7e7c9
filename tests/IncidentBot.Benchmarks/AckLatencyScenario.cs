using System.Globalization;

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
    private const double FloorRatioTarget = 3.0;

    // A light /healthz stream sent during the declare load: how fast the bare host answers while the bot is busy with
    // the declares' own follow-up work. Shown for diagnosis; the targets use the floor measured on its own.
    private const int BesideRate = 20;

    public static async Task RunAsync(Report report, TimeSpan duration)
    {
        await using var env = await BenchmarkEnvironment.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        report.Section("Start-up and idle", string.Create(CultureInfo.InvariantCulture,
            $"Process start to `/readyz` 200: **{env.StartupTime.TotalMilliseconds:0} ms**. Working set (VmRSS) at idle after 3 s: **{env.Bot.WorkingSetMb():0} MB**."));

        var statusChannel = await DeclareAndWaitAsync(env, "Status probe incident");
        await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("help"), 100, TimeSpan.FromSeconds(2));
        var declared = 1;
        var rows = new List<(string, LatencyStats, string?)>();
        var floors = new Dictionary<int, LatencyStats>();
        foreach (var rate in Rates)
        {
            var floor = await LoadGenerator.RunAsync(() => env.Http.GetAsync("healthz"), rate, duration);
            floors[rate] = floor;
            rows.Add(($"`/healthz` @ {rate}/s (floor)", floor, null));
            var help = await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("help"), rate, duration);
            rows.Add(($"`/incident help` @ {rate}/s", help, Ratio(help, floor)));
            var status = await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("status", channel: statusChannel), rate, duration);
            rows.Add(($"`/incident status` @ {rate}/s", status, Ratio(status, floor)));
            var n = 0;
            var declareRun = LoadGenerator.RunAsync(
                () => env.Requests.CommandAsync($"declare sev2 Load test {rate} {Interlocked.Increment(ref n)}"), rate, duration);
            var beside = await LoadGenerator.RunAsync(() => env.Http.GetAsync("healthz"), BesideRate, duration);
            var declare = await declareRun;
            rows.Add(($"inline declare @ {rate}/s", declare, Ratio(declare, floor)));
            rows.Add(($"`/healthz` @ {BesideRate}/s beside inline declare @ {rate}/s", beside,
                string.Create(CultureInfo.InvariantCulture, $"declare p99 {declare.P99 / Math.Max(beside.P99, 0.001):0.0}× this")));
            declared += n;
            await WaitForPinsAsync(env, declared, TimeSpan.FromMinutes(3));
        }

        report.LatencyTable("Acknowledgement latency (HTTP answer to Slack). Ratio is p99 against the floor: the `/healthz` p99 measured on its own at the same rate. The `/healthz` rows marked *beside* were sent at 20/s during the declare load, to show how much of a declare's tail is the host being busy with the declares' follow-up work rather than the declare itself.", rows);
        foreach (var (name, stats, _) in rows.Where(r => r.Item1.EndsWith($"@ {Rates[^1]}/s", StringComparison.Ordinal) && !r.Item1.Contains("beside", StringComparison.Ordinal)))
        {
            report.Target("Acknowledgement", $"{name}: p99 < {AckTargetMs} ms", Ms(stats.P99), stats.Errors == 0 && stats.P99 < AckTargetMs);
        }

        foreach (var rate in Rates)
        {
            foreach (var (name, stats, _) in rows.Where(r => r.Item1.EndsWith($"@ {rate}/s", StringComparison.Ordinal) && !r.Item1.Contains("beside", StringComparison.Ordinal)))
            {
                var ratio = stats.P99 / Math.Max(floors[rate].P99, 0.001);
                report.Target("Acknowledgement", $"{name}: p99 within {FloorRatioTarget}× the `/healthz` floor",
                    string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}×"), ratio <= FloorRatioTarget);
            }
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

    public static async Task WaitForPinsAsync(BenchmarkEnvironment env, int count, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (env.Slack.CallsTo("pins.add").Count(c => c.Error is null && !c.Faulted) < count)
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"Only {env.Slack.CallsTo("pins.add").Count} of {count} briefs pinned.");
            }

            await Task.Delay(50);
        }
    }

    private static string Ratio(LatencyStats stats, LatencyStats floor) =>
        string.Create(CultureInfo.InvariantCulture, $"p99 {stats.P99 / Math.Max(floor.P99, 0.001):0.0}× floor");
}
