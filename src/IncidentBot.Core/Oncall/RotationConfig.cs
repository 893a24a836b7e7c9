using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Oncall;

/// <summary>A rotation as configured, read into its arithmetic; the problems of one that cannot be.</summary>
public static class RotationConfig
{
    /// <summary>
    /// The rotation <paramref name="name"/> as <paramref name="options"/> configure it (null: a rotation made in Slack,
    /// weekly from Monday 09:00), its zone the workspace's <paramref name="workspaceZone"/> unless it names its own.
    /// Throws <see cref="FormatException"/> on a setting that the start-up check refuses.
    /// </summary>
    public static Rotation Build(string name, RotationOptions? options, string workspaceZone)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= new RotationOptions();
        var zone = Zone(string.IsNullOrWhiteSpace(options.TimeZone) ? workspaceZone : options.TimeZone)
            ?? throw new FormatException($"Rotation {name}: no time zone {options.TimeZone}.");
        var anchor = RotationStart.Parse(options.Handoff, zone) ?? throw new FormatException($"Rotation {name}: bad handoff {options.Handoff}.");
        if (options.Length <= TimeSpan.Zero)
        {
            throw new FormatException($"Rotation {name}: the length must be positive.");
        }

        return new Rotation(name.ToLowerInvariant(), options.MemberIds, options.Length, zone, anchor, 0);
    }

    /// <summary>The zone an IANA name (or UTC) names; null when there is none.</summary>
    public static TimeZoneInfo? Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "UTC" : id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
