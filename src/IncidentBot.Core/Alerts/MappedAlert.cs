using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// An alert in the bot's terms: its title, the rung it maps to, whether that rung declares at once, and its links (the
/// payload's and the runbook annotation's, each address once), and the service its service label names.
/// </summary>
public sealed record MappedAlert(string Title, Severity Severity, bool AutoDeclare, string? Description, IReadOnlyList<AlertLink> Links,
    string? Service = null);
