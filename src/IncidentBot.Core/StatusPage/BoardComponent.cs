namespace IncidentBot.Core.StatusPage;

/// <summary>A configured component as the page shows it: its key, the name customers read, and how it is doing.</summary>
public sealed record BoardComponent(string Key, string Name, ComponentState State);
