using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Incidents;

/// <summary>The configured roles in display order; <c>ic</c> always exists.</summary>
public sealed class RoleCatalog
{
    public const string IncidentCommander = "ic";

    public RoleCatalog(IEnumerable<RoleDefinition> roles)
    {
        All = roles.OrderBy(r => r.Order).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (!All.Any(r => r.Key == IncidentCommander))
        {
            All = [AddedCommander, .. All];
        }
    }

    /// <summary>The commander added when a team's configured roles leave it out.</summary>
    public static RoleDefinition AddedCommander { get; } = new(IncidentCommander, "Incident Commander", "Owns the response.", -1);

    public IReadOnlyList<RoleDefinition> All { get; }

    /// <summary>The incident commander's role, configured or added.</summary>
    public RoleDefinition Commander => All.First(r => r.Key == IncidentCommander);

    public static RoleCatalog From(IncidentBotOptions options) =>
        new(options.Roles.Select(kv => new RoleDefinition(kv.Key.ToLowerInvariant(), kv.Value.Name, kv.Value.Duty, kv.Value.Order)
        {
            Names = kv.Value.Names,
            Duties = kv.Value.Duties,
        }));

    public RoleDefinition? Find(string? key) =>
        All.FirstOrDefault(r => string.Equals(r.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Name, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
