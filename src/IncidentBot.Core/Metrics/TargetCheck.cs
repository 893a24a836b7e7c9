namespace IncidentBot.Core.Metrics;

/// <summary>
/// The practice's targets and where the period stands against them: MTTA under 5 minutes and MTTR under 4 hours for the
/// worst rung (<see cref="WorstSeverityKey"/>), 95% of post-mortems completed, 70% of action items done, and fewer than
/// 15% of incidents recurring within 90 days. A figure is null when nothing in the period measured it.
/// </summary>
public sealed record TargetCheck(string WorstSeverityKey, TimeSpan? WorstMtta, TimeSpan? WorstMttr)
{
    public static readonly TimeSpan MttaTarget = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MttrTarget = TimeSpan.FromHours(4);
    public const double PostmortemTarget = 0.95;
    public const double ActionTarget = 0.70;
    public const double RecurrenceTarget = 0.15;

    public bool? MttaMet => WorstMtta is { } mtta ? mtta < MttaTarget : null;

    public bool? MttrMet => WorstMttr is { } mttr ? mttr < MttrTarget : null;

    public static bool? AtLeast(Ratio ratio, double target) => ratio.Rate is { } rate ? rate >= target : null;

    public static bool? Below(Ratio ratio, double target) => ratio.Rate is { } rate ? rate < target : null;
}
