using System.Globalization;
using IncidentBot.Slack.Http;

namespace IncidentBot.Benchmarks;

/// <summary>
/// 400 slow connections from a stranger on loopback, each promising a large body and trickling it at 1 KiB/s, held
/// open (reopened when the bot closes one) for a fixed time: the bot's memory (VmRSS) against idle, and the latency
/// of a signed <c>/incident help</c> at 10/s meanwhile. Run once unsigned (promising 1 MiB) and once
/// signature-shaped (a fresh timestamp and a well-formed wrong signature, promising just under the body cap, so each
/// gets past the header check into the capped read).
/// </summary>
public static class SlowConnectionsScenario
{
    private const int Connections = 400;
    private const int HelpRate = 10;
    private const double MemoryTargetMb = 150;
    private const double HelpTargetMs = 1000;

    public static async Task RunAsync(Report report, bool quick)
    {
        var hold = TimeSpan.FromSeconds(quick ? 10 : 30);
        await using var env = await BenchmarkEnvironment.StartAsync();
        await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("help"), 50, TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idleMb = env.Bot.WorkingSetMb();
        var idle = await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("help"), HelpRate, hold / 3);

        var rows = new List<(string, LatencyStats, string?)> { ($"signed `/incident help` @ {HelpRate}/s, idle", idle, null) };
        var lines = new List<string>();
        foreach (var (signed, label, promised) in new[]
        {
            (false, "unsigned", 1024 * 1024),
            (true, "signature-shaped", SlackRequestBody.MaxBytes - 1024),
        })
        {
            var (help, peakMb, mostOpen, logLines, flood) = await UnderFloodAsync(env, new SlowFlood(env.Bot.BaseUrl, Connections, promised, signed), hold);
            var note = string.Create(CultureInfo.InvariantCulture, $"VmRSS peak {peakMb:0} MB (+{peakMb - idleMb:0} MB over idle)");
            rows.Add(($"signed `/incident help` @ {HelpRate}/s beside {Connections} slow {label} connections", help, note));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {promised / 1024} KiB | {mostOpen} | {flood.Opened} | {flood.Answered} | {logLines} | {peakMb:0} MB | +{peakMb - idleMb:0} MB |"));
            report.Target("Slow connections", $"{Connections} slow {label} connections: VmRSS within +{MemoryTargetMb:0} MB of idle",
                string.Create(CultureInfo.InvariantCulture, $"+{peakMb - idleMb:0} MB"), peakMb - idleMb <= MemoryTargetMb);
            report.Target("Slow connections", $"{Connections} slow {label} connections: signed `/incident help` p99 < {HelpTargetMs:0} ms",
                AckLatencyScenario.Ms(help.P99), help.Errors == 0 && help.P99 < HelpTargetMs);
        }

        report.Section("Slow connections from a stranger", string.Create(CultureInfo.InvariantCulture,
            $"{Connections} connections on loopback, each posting to `/slack/commands` with a promised body it trickles at 1 KiB/s, held for {hold.TotalSeconds:0} s; a connection the bot closes is opened again a second later, at the trickle's own pace. *Unsigned* ones carry no signature headers; *signature-shaped* ones carry a fresh timestamp and a well-formed but wrong signature, which passes the header check, so the bot reads their bodies (up to its 512 KiB cap, at Kestrel's minimum body rate of 4 KiB/s after 3 s). Idle working set (VmRSS) after warm-up: **{idleMb:0} MB**; peak is the largest of samples every 250 ms during the flood. Bot log lines: lines the bot wrote (warnings and above) from the flood's start until 6 s after it stopped; refusals are counted in one warning a minute."));
        report.Line("| connections | promised body | most open at once | opened in all | answered before sending their whole body | bot log lines | VmRSS peak | over idle |\n" +
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" + string.Join("\n", lines));
        report.LatencyTable($"Signed `/incident help` at {HelpRate}/s, idle and during each flood.", rows);
    }

    private static int LogLines(BenchmarkEnvironment env) => env.Bot.Log().Count(c => c == '\n');

    private static async Task<(LatencyStats Help, double PeakMb, int MostOpen, int LogLines, SlowFlood Flood)> UnderFloodAsync(BenchmarkEnvironment env, SlowFlood flood, TimeSpan hold)
    {
        var logBefore = LogLines(env);
        using var stop = new CancellationTokenSource();
        var flooding = flood.RunAsync(stop.Token);
        var deadline = Environment.TickCount64 + 10_000;
        while (flood.Open < Connections && Environment.TickCount64 < deadline)
        {
            await Task.Delay(50);
        }

        var (peak, most) = (env.Bot.WorkingSetMb(), flood.Open);
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                (peak, most) = (Math.Max(peak, env.Bot.WorkingSetMb()), Math.Max(most, flood.Open));
                await Task.Delay(250);
            }
        });
        var help = await LoadGenerator.RunAsync(() => env.Requests.CommandAsync("help"), HelpRate, hold);
        Console.WriteLine($"  {flood.Open} open, {flood.Opened} opened, {flood.Answered} answered early");
        await stop.CancelAsync();
        await Task.WhenAll(flooding, sampling);
        await Task.Delay(TimeSpan.FromSeconds(6)); // Let the bot drain and close the last of them before the next run.
        return (help, peak, most, LogLines(env) - logBefore, flood);
    }
}
