namespace IncidentBot.Integrations;

/// <summary>A Statuspage incident as created: its id and its shortlink (null when Statuspage gave none).</summary>
public sealed record StatuspageCreated(string Id, Uri? Shortlink);
