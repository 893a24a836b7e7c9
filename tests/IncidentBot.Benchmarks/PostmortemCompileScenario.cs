using System.Diagnostics;
using System.Globalization;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Compiling the post-mortem draft (in-process, pure) for 100, 1,000 and 10,000 timeline entries: Stopwatch timing of
/// repeated runs after a warm-up, with a full garbage collection before each size so one size's garbage is not
/// charged to the next.
/// </summary>
public static class PostmortemCompileScenario
{
    private const double TargetMs = 200;
    private static readonly int[] Sizes = [100, 1_000, 10_000];

    public static Task RunAsync(Report report, bool quick)
    {
        var (warmup, iterations) = quick ? (5, 20) : (20, 100);
        var rows = new List<(string, LatencyStats, string?)>();
        LatencyStats? largest = null;
        foreach (var size in Sizes)
        {
            var input = PostmortemSample.Input(size);
            var length = 0;
            for (var i = 0; i < warmup; i++)
            {
                length = PostmortemCompiler.Compile(Words.English, input).Length;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var times = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                length = PostmortemCompiler.Compile(Words.English, input).Length;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            largest = LatencyStats.Of(times);
            rows.Add(($"{size:N0} entries", largest, string.Create(CultureInfo.InvariantCulture,
                $"mean {times.Average():0.00} ms; {length / 1024.0:0} KB of Markdown")));
        }

        report.Section("Post-mortem compile time", $"`PostmortemCompiler.Compile` called in-process on a hand-built resolved SEV1 " +
            $"(25 action items, 12 participants, notes with `|` and line breaks); {warmup} warm-up runs, then {iterations} timed runs per size.");
        report.LatencyTable("Compile time per draft ('requests' = timed runs).", rows);
        report.Target("Post-mortem compile", $"10,000 entries: p99 < {TargetMs:0} ms", AckLatencyScenario.Ms(largest!.P99), largest.P99 < TargetMs);
        return Task.CompletedTask;
    }
}
