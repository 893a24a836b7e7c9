namespace IncidentBot.Benchmarks;

/// <summary>Percentiles of a set of latencies, in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P99, double Max, int Errors)
{
    public static LatencyStats Of(IReadOnlyCollection<double> millis, int errors = 0)
    {
        if (millis.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, errors);
        }

        var sorted = millis.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], errors);
    }

    /// <summary>
    /// Several rounds of the same measurement as one: p50 and p99 are the median of the rounds' own, so one round
    /// disturbed by something outside the bot (another tenant on the host, a page scan) does not decide the figure;
    /// max is the largest seen in any round.
    /// </summary>
    public static LatencyStats MedianOf(IReadOnlyList<LatencyStats> rounds) => new(
        rounds.Sum(r => r.Count), Median(rounds.Select(r => r.P50)), Median(rounds.Select(r => r.P99)),
        rounds.Max(r => r.Max), rounds.Sum(r => r.Errors));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
