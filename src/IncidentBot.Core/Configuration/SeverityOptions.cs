namespace IncidentBot.Core.Configuration;

/// <summary>One rung of the severity ladder as configured (<c>IncidentBot:Severities:&lt;key&gt;:*</c>).</summary>
public sealed class SeverityOptions
{
    public int Rank { get; set; }
    public string Label { get; set; } = "";

    /// <summary>The label per language code (<c>…__Label__ru</c>); filled by the options binder from <c>Label</c>'s children.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Aliases { get; set; } = [];
    public TimeSpan? UpdateCadence { get; set; }
    public IReadOnlyList<string> RequiredRoles { get; set; } = [];
    public TimeSpan? SoakPeriod { get; set; }
    public int? EscalateAfterMissed { get; set; }
    public string? EscalationTarget { get; set; }
    public bool PrivateByDefault { get; set; }

    /// <summary>How soon after declaring stakeholders want their first update; unset: the ladder's default for the rung, zero: none.</summary>
    public TimeSpan? StakeholderFirstWithin { get; set; }

    /// <summary>How often stakeholders want an update after that; unset: the ladder's default for the rung, zero: none.</summary>
    public TimeSpan? StakeholderCadence { get; set; }
    /// <summary>The on-call rotation paged when an incident of this severity is declared; unset: nobody is paged.</summary>
    public string? Rotation { get; set; }

    /// <summary>How long a page waits for an acknowledgement before the next person is paged; unset: by the rung's place.</summary>
    public TimeSpan? AckWindow { get; set; }
}
