namespace IncidentBot.Core.Oncall;

/// <summary>Who is on call, as pure functions of a rotation, its overrides and the instant asked about.</summary>
public static class OnCall
{
    /// <summary>
    /// The primary (the turn's member) and the secondary (the next turn's member) at <paramref name="at"/>, each swapped
    /// by the overrides covering that instant; no secondary when it would be the primary again.
    /// </summary>
    public static OnCallShift At(Rotation rotation, IReadOnlyList<RotationSwap> swaps, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(swaps);
        var turn = rotation.TurnAt(at);
        var primary = Swapped(rotation.MemberOf(turn), swaps, at);
        var secondary = Swapped(rotation.MemberOf(turn + 1), swaps, at);
        return new OnCallShift(rotation.Name, primary, secondary == primary ? null : secondary, rotation.Boundary(turn), rotation.Boundary(turn + 1));
    }

    /// <summary>
    /// The next instant after <paramref name="at"/> when the primary may change: the turn's end or an override's start
    /// or end, whichever comes first.
    /// </summary>
    public static DateTimeOffset NextChange(Rotation rotation, IReadOnlyList<RotationSwap> swaps, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(swaps);
        var end = rotation.Boundary(rotation.TurnAt(at) + 1);
        return swaps.SelectMany(s => new[] { s.From, s.To }).Where(t => t > at && t < end).DefaultIfEmpty(end).Min();
    }

    private static string? Swapped(string? member, IReadOnlyList<RotationSwap> swaps, DateTimeOffset at) =>
        member is null ? null : swaps.Where(s => s.Covers(at)).Aggregate(member, (who, swap) => swap.Apply(who, at));
}
