namespace IncidentBot.Core.Incidents;

/// <summary>
/// Which incidents a reader lists: open, closed or both (<see cref="Open"/> null), of one severity or any, newest first,
/// at most <see cref="Limit"/>; and, when given, only those whose words hold every word of <see cref="Search"/>, of one
/// type, naming one service, or declared in a time range (<see cref="From"/> inclusive, <see cref="Until"/> exclusive).
/// </summary>
public sealed record IncidentListFilter(bool? Open = null, string? SeverityKey = null, int Limit = IncidentListFilter.MostListed)
{
    /// <summary>The most incidents one list shows.</summary>
    public const int MostListed = 200;

    /// <summary>Words every listed incident holds somewhere in its title, updates, timeline or post-mortem.</summary>
    public SearchWords? Search { get; init; }

    public string? TypeKey { get; init; }

    /// <summary>A service named in one of the incident's updates (any part of it, any case) or a status-page component it affects.</summary>
    public string? Service { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? Until { get; init; }
}
