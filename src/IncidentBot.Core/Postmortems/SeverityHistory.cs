using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The severities an incident went through, read from its timeline: each severity change is recorded as
/// "SEV2 → SEV1[: reason]" at the moment it was made, so the incident was at the first change's "from" severity when
/// declared and at each change's "to" severity from then on. A severity no longer on the ladder has no cadence.
/// </summary>
public static class SeverityHistory
{
    private const string Arrow = " → ";

    /// <summary>
    /// The periods in order, the first from <paramref name="declaredAt"/>. Without a <paramref name="ladder"/> only the
    /// <paramref name="current"/> severity is known, and it applies throughout. Each earlier severity's cadence is the one
    /// an incident of <paramref name="typeKey"/> had at it, as <paramref name="current"/>'s is.
    /// </summary>
    public static IReadOnlyList<SeverityPeriod> Periods(
        DateTimeOffset declaredAt, Severity current, IReadOnlyList<TimelineEntry> timeline, SeverityLadder? ladder, string? typeKey = null)
    {
        var changes = ladder is null
            ? []
            : timeline.Where(e => e.Kind == TimelineKind.SeverityChanged).OrderBy(e => e.OccurredAt)
                .Select(e => (At: e.OccurredAt, Keys: Parse(e.Text))).Where(c => c.Keys is not null).ToList();
        if (changes.Count == 0)
        {
            return [new SeverityPeriod(declaredAt, current.DisplayKey, current.UpdateCadence)];
        }

        var periods = new List<SeverityPeriod> { Period(declaredAt, changes[0].Keys!.Value.From, ladder!, typeKey) };
        periods.AddRange(changes.Select(c => Period(c.At, c.Keys!.Value.To, ladder!, typeKey)));
        return periods;
    }

    private static SeverityPeriod Period(DateTimeOffset from, string key, SeverityLadder ladder, string? typeKey) =>
        ladder.TryParse(key, out var found) && ladder.For(found, typeKey) is var severity
            ? new SeverityPeriod(from, severity.DisplayKey, severity.UpdateCadence)
            : new SeverityPeriod(from, key.ToUpperInvariant(), null);

    /// <summary>"SEV2 → SEV1: customers affected" → (SEV2, SEV1); null when the text is not in that shape.</summary>
    private static (string From, string To)? Parse(string text)
    {
        var arrow = text.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return null;
        }

        var rest = text[(arrow + Arrow.Length)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var to = (colon < 0 ? rest : rest[..colon]).Trim();
        var from = text[..arrow].Trim();
        return to.Length == 0 || from.Contains(' ', StringComparison.Ordinal) || to.Contains(' ', StringComparison.Ordinal)
            ? null
            : (from, to);
    }
}
