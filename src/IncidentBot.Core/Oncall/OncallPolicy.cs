using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Oncall;

/// <summary>Which rotation answers an incident and how long each page waits, from the options and the ladder.</summary>
public static class OncallPolicy
{
    /// <summary>The ack window of the ladder's worst rung, the next one, and every other, when none is configured.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultAckWindows = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)];

    /// <summary>The rotation paged on declare: the type's when it names one, else the severity's; null: nobody.</summary>
    public static string? RotationFor(IncidentBotOptions options, string severityKey, string? typeKey)
    {
        ArgumentNullException.ThrowIfNull(options);
        var type = typeKey is null ? null : options.Types.FirstOrDefault(t => string.Equals(t.Key, typeKey, StringComparison.OrdinalIgnoreCase)).Value;
        var severity = options.Severities.FirstOrDefault(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase)).Value;
        return Named(type?.Rotation) ?? Named(severity?.Rotation);
    }

    /// <summary>How long a page in an incident of <paramref name="severityKey"/> waits for its acknowledgement.</summary>
    public static TimeSpan AckWindow(IncidentBotOptions options, SeverityLadder ladder, string severityKey)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var configured = options.Severities.FirstOrDefault(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase)).Value?.AckWindow;
        if (configured is { } window && window > TimeSpan.Zero)
        {
            return window;
        }

        var place = ladder.All.ToList().FindIndex(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase));
        return DefaultAckWindows[Math.Clamp(place < 0 ? DefaultAckWindows.Count - 1 : place, 0, DefaultAckWindows.Count - 1)];
    }

    private static string? Named(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLowerInvariant();
}
