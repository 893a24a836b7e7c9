namespace IncidentBot.Core.Incidents;

/// <summary>
/// An open incident a new declaration may duplicate, as the declarer is told of it: a private one by its number only.
/// </summary>
public sealed record PossiblyRelatedIncident(int Number, string Title, string? ChannelId, bool IsPrivate)
{
    /// <summary><c>INC-42</c>.</summary>
    public string Reference => $"INC-{Number}";
}
