namespace IncidentBot.Core.Configuration;

/// <summary>One component of the status page as configured (<c>IncidentBot:StatusPage:Components:&lt;key&gt;:*</c>).</summary>
public sealed class ComponentOptions
{
    /// <summary>The name customers read; unset: the key.</summary>
    public string? Name { get; set; }

    /// <summary>Where it is listed (lowest first; then by name).</summary>
    public int Order { get; set; }
}
