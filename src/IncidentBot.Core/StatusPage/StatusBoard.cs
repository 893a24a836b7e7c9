namespace IncidentBot.Core.StatusPage;

/// <summary>
/// The status page's content at <see cref="GeneratedAt"/>: the overall state (the worst live incident's impact), every
/// configured component with its state, and the live and recently resolved incidents, most recently updated first.
/// </summary>
public sealed record StatusBoard(
    ComponentState Overall,
    IReadOnlyList<BoardComponent> Components,
    IReadOnlyList<BoardIncident> Live,
    IReadOnlyList<BoardIncident> Resolved,
    DateTimeOffset GeneratedAt);
