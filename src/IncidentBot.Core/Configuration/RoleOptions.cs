namespace IncidentBot.Core.Configuration;

/// <summary>A configured incident role: its name, the duty sent to its holder, and its place in lists.</summary>
public sealed class RoleOptions
{
    public string Name { get; set; } = "";
    public string Duty { get; set; } = "";
    public int Order { get; set; }

    /// <summary>The name per language code (<c>…__Name__ru</c>); filled by the options binder from <c>Name</c>'s children.</summary>
    public IReadOnlyDictionary<string, string> Names { get; set; } = new Dictionary<string, string>();

    /// <summary>The duty per language code (<c>…__Duty__ru</c>); filled by the options binder from <c>Duty</c>'s children.</summary>
    public IReadOnlyDictionary<string, string> Duties { get; set; } = new Dictionary<string, string>();
}
