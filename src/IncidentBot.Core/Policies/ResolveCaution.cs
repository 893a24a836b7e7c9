using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Why resolving now may be early: verification items nobody has ticked, and a soak time not yet stable for. The IC may
/// resolve anyway; the resolve form asks.
/// </summary>
public sealed record ResolveCaution(IReadOnlyList<ChecklistItem> Unticked, TimeSpan? Soak, TimeSpan? StableFor)
{
    public static ResolveCaution None { get; } = new([], null, null);

    /// <summary>Whether the severity's soak time has not passed in monitoring (never in monitoring counts as not passed).</summary>
    public bool SoakPending => Soak is { } soak && (StableFor ?? TimeSpan.Zero) < soak;

    public bool Any => Unticked.Count > 0 || SoakPending;

    /// <summary>The caution for resolving <paramref name="incident"/> at <paramref name="now"/>: a pure function of its state.</summary>
    public static ResolveCaution For(Incident incident, Severity severity, CadenceState state, IReadOnlyList<ChecklistItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(state);
        var unticked = items.Where(i => i.Kind == ChecklistKind.Verification && !i.IsTicked).ToList();
        var stable = incident.Status == IncidentStatus.Monitoring && state.MonitoringSince is { } since && now >= since ? now - since : (TimeSpan?)null;
        return new ResolveCaution(unticked, severity.SoakPeriod, stable);
    }
}
