namespace IncidentBot.Core.Configuration;

/// <summary>
/// A static video bridge (<c>IncidentBot__Bridge__…</c>), used where Zoom does not create one: <see cref="Url"/> for every
/// incident, or a bridge of its own for a rung (<c>IncidentBot__Bridge__Severities__sev0=https://…</c>).
/// </summary>
public sealed class BridgeOptions
{
    public string? Url { get; set; }

    /// <summary>A bridge per severity key, taking precedence over <see cref="Url"/>.</summary>
    public Dictionary<string, string> Severities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The static bridge of an incident at <paramref name="severityKey"/>, else <paramref name="fallback"/>.</summary>
    public string? For(string severityKey, string? fallback) =>
        Severities.TryGetValue(severityKey, out var own) && !string.IsNullOrWhiteSpace(own) ? own
        : !string.IsNullOrWhiteSpace(Url) ? Url : fallback;
}
