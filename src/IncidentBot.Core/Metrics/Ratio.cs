namespace IncidentBot.Core.Metrics;

/// <summary>k of n, with the rate when n is not zero.</summary>
public sealed record Ratio(int Part, int Whole)
{
    public double? Rate => Whole == 0 ? null : (double)Part / Whole;
}
