using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>The configured incident types, <c>default</c> first; <c>default</c> always exists.</summary>
public sealed class IncidentTypeCatalog
{
    public IncidentTypeCatalog(IEnumerable<IncidentType> types)
    {
        var all = types.OrderBy(t => t.IsDefault ? 0 : 1).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        if (!all.Any(t => t.IsDefault))
        {
            all.Insert(0, FromOptions(DefaultTypes.DefaultKey, DefaultTypes.Types()[DefaultTypes.DefaultKey]));
        }

        All = all;
    }

    public IReadOnlyList<IncidentType> All { get; }

    public IncidentType Default => All[0];

    public static IncidentTypeCatalog From(IncidentBotOptions options) =>
        new(options.Types.Select(kv => FromOptions(kv.Key, kv.Value)));

    public bool TryParse(string? text, out IncidentType type)
    {
        type = All.FirstOrDefault(t => text is not null && t.Matches(text))!;
        return type is not null;
    }

    /// <summary>The type stored on an incident; one since removed from configuration reads as <c>default</c>.</summary>
    public IncidentType Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return TryParse(incident.Type, out var type) ? type : Default;
    }

    /// <summary>"`default`, `database-outage` or `security`" (code spans: they are typed as they are) for answers to bad input.</summary>
    public string DescribeKeys(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Either(All.Select(t => $"`{t.Key}`").ToList());
    }

    private static IncidentType FromOptions(string key, IncidentTypeOptions o) => new(
        key.ToLowerInvariant(),
        string.IsNullOrWhiteSpace(o.Label) ? key : o.Label,
        o.Private || SecurityIncidents.IsSecurityType(key),
        o.Roles.Select(r => r.ToLowerInvariant()).ToList(),
        o.UpdateCadence is { } c && c > TimeSpan.Zero ? c : null,
        o.Runbooks)
    {
        Labels = o.Labels,
        Activation = o.Checklist.Activation,
        Verification = o.Checklist.Verification,
    };
}
