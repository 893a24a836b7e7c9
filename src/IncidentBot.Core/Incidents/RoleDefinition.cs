namespace IncidentBot.Core.Incidents;

/// <summary>A configured role: key (<c>ic</c>), display name and the duty sent on assignment.</summary>
public sealed record RoleDefinition(string Key, string Name, string Duty, int Order)
{
    /// <summary>The name per language code where one is configured (<c>IncidentBot__Roles__lead__Name__ru</c>).</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The duty per language code where one is configured (<c>IncidentBot__Roles__lead__Duty__ru</c>).</summary>
    public IReadOnlyDictionary<string, string> Duties { get; init; } = new Dictionary<string, string>();
}
