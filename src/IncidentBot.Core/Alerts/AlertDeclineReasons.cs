namespace IncidentBot.Core.Alerts;

/// <summary>Why a triaged alert was declined: the reasons the practice names, stored by key.</summary>
public static class AlertDeclineReasons
{
    public const string FalsePositive = "false_positive";
    public const string Expected = "expected";
    public const string Duplicate = "duplicate";

    public static IReadOnlyList<string> All { get; } = [FalsePositive, Expected, Duplicate];

    /// <summary>The most a declining member's note may say.</summary>
    public const int MaxNoteLength = 500;
}
