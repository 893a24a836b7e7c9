namespace IncidentBot.Core.StatusPage;

/// <summary>
/// An incident as the page shows it: its reference, customer-facing stage, the components it affects and every published
/// message, newest first. Never its title or anything else said inside the incident channel.
/// </summary>
public sealed record BoardIncident(
    int Number,
    PublicStage Stage,
    DateTimeOffset DeclaredAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<BoardComponent> Affected,
    IReadOnlyList<PublicMessage> Messages)
{
    public string Reference => $"INC-{Number}";

    public bool IsLive => ResolvedAt is null;

    /// <summary>How bad it is for customers: its worst component, or degraded when it names none.</summary>
    public ComponentState Impact => Affected.Count == 0 ? ComponentState.Degraded : Affected.Max(c => c.State);

    /// <summary>When it last changed for customers: its newest message.</summary>
    public DateTimeOffset UpdatedAt => Messages.Count > 0 ? Messages[0].PostedAt : DeclaredAt;
}
