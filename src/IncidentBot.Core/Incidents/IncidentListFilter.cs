namespace IncidentBot.Core.Incidents;

/// <summary>
/// Which incidents a reader lists: open, closed or both (<see cref="Open"/> null), of one severity or any, newest first,
/// at most <see cref="Limit"/>.
/// </summary>
public sealed record IncidentListFilter(bool? Open = null, string? SeverityKey = null, int Limit = IncidentListFilter.MostListed)
{
    /// <summary>The most incidents one list shows.</summary>
    public const int MostListed = 200;
}
