namespace IncidentBot.Core.Configuration;

/// <summary>A configured incident role: its name, the duty sent to its holder, and its place in lists.</summary>
public sealed class RoleOptions
{
    public string Name { get; set; } = "";
    public string Duty { get; set; } = "";
    public int Order { get; set; }
}
