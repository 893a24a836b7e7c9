namespace IncidentBot.Core.Oncall;

/// <summary>
/// An override of a rotation for a window (<c>/incident oncall swap @a @b &lt;from&gt; &lt;to&gt;</c>): from
/// <see cref="From"/> until <see cref="To"/>, wherever <see cref="First"/> would be on call <see cref="Second"/> is, and
/// the other way round; someone outside the rotation simply covers <see cref="First"/>.
/// </summary>
public sealed record RotationSwap(long Id, string Rotation, string First, string Second, DateTimeOffset From, DateTimeOffset To, string CreatedBy)
{
    public bool Covers(DateTimeOffset at) => From <= at && at < To;

    /// <summary>Who is on call in place of <paramref name="member"/> at <paramref name="at"/>.</summary>
    public string Apply(string member, DateTimeOffset at) =>
        !Covers(at) ? member : member == First ? Second : member == Second ? First : member;
}
