namespace IncidentBot.Core.Configuration;

/// <summary>
/// One on-call rotation as configured (<c>IncidentBot:Rotations:&lt;name&gt;:*</c>): its members in order, how long each
/// one's turn lasts, when the first turn starts and the zone its handoff time is read in.
/// </summary>
public sealed class RotationOptions
{
    /// <summary>Slack user IDs in order, comma-separated (<c>U01,U02,U03</c>).</summary>
    public string? Members { get; set; }

    /// <summary>How long each turn lasts; a week unless set.</summary>
    public TimeSpan Length { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// When the first member's turn starts: an ISO date-time with its offset (<c>2026-01-05T09:00:00+01:00</c>), or a
    /// weekday and a time (<c>Monday 09:00</c>). Unset: Monday 09:00.
    /// </summary>
    public string? Handoff { get; set; }

    /// <summary>The IANA zone the handoff time is kept in across daylight-saving changes; unset: the workspace's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The members as listed, blanks dropped.</summary>
    public IReadOnlyList<string> MemberIds =>
        (Members ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
