using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Alerts;

/// <summary>An alert in the bot's terms: its title, the rung it maps to, and whether that rung declares at once.</summary>
public sealed record MappedAlert(string Title, Severity Severity, bool AutoDeclare, string? Description);
