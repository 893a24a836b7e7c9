using System.Diagnostics;

namespace IncidentBot.Benchmarks;

/// <summary>
/// An open-loop load generator: requests start on a fixed schedule whatever the latency of earlier ones, so a slow
/// answer cannot hide behind a slower send rate (no coordinated omission).
/// </summary>
public static class LoadGenerator
{
    public static async Task<LatencyStats> RunAsync(Func<Task<HttpResponseMessage>> send, int ratePerSecond, TimeSpan duration)
    {
        var total = (int)(ratePerSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / ratePerSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var started = clock.Elapsed;
                using var response = await send();
                latencies[index] = (clock.Elapsed - started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }

        await Task.WhenAll(tasks);
        return LatencyStats.Of(latencies, errors);
    }
}
