namespace IncidentBot.Core.Incidents;

/// <summary>One rung of the severity ladder, resolved from configuration.</summary>
public sealed record Severity(
    string Key,
    string Label,
    int Rank,
    IReadOnlyList<string> Aliases,
    TimeSpan? UpdateCadence,
    IReadOnlyList<string> RequiredRoles,
    TimeSpan? SoakPeriod,
    int? EscalateAfterMissed,
    string? EscalationTarget,
    bool PrivateByDefault)
{
    /// <summary>
    /// Whether its first update is the initial assessment: true for the ladder's two worst rungs (SEV0 and SEV1 on
    /// the default ladder), whatever their rank numbers; set by <see cref="SeverityLadder"/>.
    /// </summary>
    public bool AsksInitialAssessment { get; init; }

    /// <summary>How soon after declaring the initial assessment is wanted (<c>IncidentBot__InitialAssessmentWithin</c>, 15 minutes).</summary>
    public TimeSpan InitialAssessmentWithin { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The label per language code where one is configured (<c>IncidentBot__Severities__sev1__Label__ru</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// How soon after declaring stakeholders want their first update; null: never. Set by <see cref="SeverityLadder"/>:
    /// the worst rung 15 minutes and the next 30 unless configured (<c>IncidentBot__Severities__sev0__StakeholderFirstWithin</c>).
    /// </summary>
    public TimeSpan? StakeholderFirstWithin { get; init; }

    /// <summary>How often stakeholders want an update after the first; null: only the first. The worst rung hourly, the next every 2 hours.</summary>
    public TimeSpan? StakeholderCadence { get; init; }

    /// <summary>Whether stakeholders of this rung expect updates at all (a first update or a cadence).</summary>
    public bool HasStakeholderCadence => StakeholderFirstWithin is not null || StakeholderCadence is not null;

    /// <summary>The key as people write it in headlines: <c>SEV1</c>.</summary>
    public string DisplayKey => Key.ToUpperInvariant();

    public bool Matches(string text) =>
        string.Equals(Key, text, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
}
