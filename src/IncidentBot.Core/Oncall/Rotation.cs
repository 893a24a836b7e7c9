namespace IncidentBot.Core.Oncall;

/// <summary>
/// An on-call rotation's turns: turn 0 starts at <see cref="Anchor"/> (a wall-clock time in <see cref="Zone"/>) with
/// member <see cref="StartIndex"/>, and each turn after (or before) it starts <see cref="Length"/> of wall-clock time
/// later, so a weekly Monday 09:00 handoff stays at 09:00 across daylight-saving changes. Pure arithmetic of the instant
/// it is asked about.
/// </summary>
public sealed record Rotation(string Name, IReadOnlyList<string> Members, TimeSpan Length, TimeZoneInfo Zone, DateTime Anchor, int StartIndex)
{
    /// <summary>When turn <paramref name="turn"/> starts.</summary>
    public DateTimeOffset Boundary(long turn) => ZoneTime.ToInstant(Anchor.AddTicks(Length.Ticks * turn), Zone);

    /// <summary>The turn under way at <paramref name="at"/> (negative before the anchor).</summary>
    public long TurnAt(DateTimeOffset at)
    {
        var wall = TimeZoneInfo.ConvertTime(at, Zone).DateTime;
        var turn = (long)Math.Floor((wall - Anchor).Ticks / (double)Length.Ticks);

        // Wall-clock division is off by one near a change of offset (the repeated hour in autumn): the instants decide.
        while (Boundary(turn) > at)
        {
            turn--;
        }

        while (Boundary(turn + 1) <= at)
        {
            turn++;
        }

        return turn;
    }

    /// <summary>Who holds turn <paramref name="turn"/>; null when the rotation has no members.</summary>
    public string? MemberOf(long turn) =>
        Members.Count == 0 ? null : Members[(int)(((StartIndex + turn) % Members.Count + Members.Count) % Members.Count)];

    /// <summary>
    /// The rotation with <paramref name="members"/> from <paramref name="now"/> on, without disturbing whoever is on call:
    /// the current member keeps the rest of their turn when they stay; when they are removed, the next member after them
    /// (in the old order) who stays takes it over; the others follow in the new order.
    /// </summary>
    public Rotation WithMembers(IReadOnlyList<string> members, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(members);
        var turn = TurnAt(now);
        var start = 0;
        if (MemberOf(turn) is { } current && Members.Count > 0)
        {
            var from = Members.ToList().IndexOf(current);
            var heir = Enumerable.Range(0, Members.Count).Select(i => Members[(from + i) % Members.Count]).FirstOrDefault(members.Contains);
            start = heir is null ? 0 : members.ToList().IndexOf(heir);
        }

        return this with { Members = members, Anchor = Anchor.AddTicks(Length.Ticks * turn), StartIndex = start };
    }
}
