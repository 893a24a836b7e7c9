using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>The configured severities, worst (lowest rank) first.</summary>
public sealed class SeverityLadder
{
    /// <summary>How many of the worst rungs ask for an initial assessment (SEV0 and SEV1 on the default ladder).</summary>
    public const int InitialAssessmentRungs = 2;

    private readonly IncidentTypeCatalog? _types;

    public SeverityLadder(IEnumerable<Severity> severities, string defaultKey, TimeSpan? initialAssessmentWithin = null, IncidentTypeCatalog? types = null)
    {
        _types = types;
        var within = initialAssessmentWithin is { } w && w > TimeSpan.Zero ? w : TimeSpan.FromMinutes(15);
        All = severities.OrderBy(s => s.Rank).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select((s, i) => s with
            {
                AsksInitialAssessment = i < InitialAssessmentRungs, InitialAssessmentWithin = within,
                StakeholderFirstWithin = StakeholderDefaults.FirstWithin(s.StakeholderFirstWithin, i),
                StakeholderCadence = StakeholderDefaults.Cadence(s.StakeholderCadence, i),
            })
            .ToList();
        if (All.Count == 0)
        {
            throw new ArgumentException("The severity ladder needs at least one severity.", nameof(severities));
        }

        Default = All.FirstOrDefault(s => s.Matches(defaultKey)) ?? All[^1];
    }

    public IReadOnlyList<Severity> All { get; }

    public Severity Default { get; }

    public static SeverityLadder From(IncidentBotOptions options) =>
        new(options.Severities.Select(kv => ToSeverity(kv.Key, kv.Value)), options.DefaultSeverity, options.InitialAssessmentWithin,
            IncidentTypeCatalog.From(options));

    public bool TryParse(string? text, out Severity severity)
    {
        severity = All.FirstOrDefault(s => text is not null && s.Matches(text.Trim()))!;
        return severity is not null;
    }

    public Severity Get(string key) =>
        TryParse(key, out var severity) ? severity : throw new KeyNotFoundException($"Unknown severity {key}.");

    /// <summary>
    /// The incident's severity as it applies to it: its type's roles on top of the severity's required roles, and the
    /// type's update cadence when it is more frequent than the severity's (or the severity has none).
    /// </summary>
    public Severity For(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return For(Get(incident.SeverityKey), incident.Type);
    }

    /// <summary><paramref name="severity"/> as an incident of the type <paramref name="typeKey"/> has it (see <see cref="For(Incident)"/>).</summary>
    public Severity For(Severity severity, string? typeKey)
    {
        ArgumentNullException.ThrowIfNull(severity);
        if (_types is null || !_types.TryParse(typeKey, out var type))
        {
            return severity;
        }

        var cadence = type.UpdateCadence is { } t && (severity.UpdateCadence is not { } s || t < s) ? t : severity.UpdateCadence;
        return severity with
        {
            UpdateCadence = cadence,
            RequiredRoles = severity.RequiredRoles.Concat(type.Roles).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>"sev0, sev1, sev2 or sev3" for answers to bad input, joined the way <paramref name="words"/>' language does.</summary>
    public string DescribeKeys(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Either(All.Select(s => s.Key).ToList());
    }

    private static Severity ToSeverity(string key, SeverityOptions o) => new(
        key.ToLowerInvariant(),
        string.IsNullOrWhiteSpace(o.Label) ? key : o.Label,
        o.Rank,
        o.Aliases,
        o.UpdateCadence is { } c && c > TimeSpan.Zero ? c : null,
        o.RequiredRoles.Select(r => r.ToLowerInvariant()).ToList(),
        o.SoakPeriod is { } s && s > TimeSpan.Zero ? s : null,
        o.EscalateAfterMissed is > 0 ? o.EscalateAfterMissed : null,
        string.IsNullOrWhiteSpace(o.EscalationTarget) ? null : o.EscalationTarget,
        o.PrivateByDefault)
    {
        Labels = o.Labels,
        StakeholderFirstWithin = o.StakeholderFirstWithin,
        StakeholderCadence = o.StakeholderCadence,
    };
}
