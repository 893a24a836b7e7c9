namespace IncidentBot.Benchmarks;

/// <summary>A stated target, the figure measured against it, and whether it was met.</summary>
public sealed record TargetResult(string Scenario, string Target, string Measured, bool Met)
{
    public string Verdict => Met ? "met" : "**not met**";
}
