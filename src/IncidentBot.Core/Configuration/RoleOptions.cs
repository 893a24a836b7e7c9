namespace IncidentBot.Core.Configuration;

/// <summary>A configured incident role (DESIGN §5).</summary>
public sealed class RoleOptions
{
    public string Name { get; set; } = "";
    public string Duty { get; set; } = "";
    public int Order { get; set; }
}
