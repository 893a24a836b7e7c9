namespace IncidentBot.Benchmarks;

/// <summary>
/// A stated target, the figure measured against it, and whether it was met; <paramref name="Engine"/> names the database
/// engine the scenario ran on when it ran on more than one.
/// </summary>
public sealed record TargetResult(string Scenario, string Target, string Measured, bool Met, string? Engine = null)
{
    public string Verdict => Met ? "met" : "**not met**";
}
