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

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
