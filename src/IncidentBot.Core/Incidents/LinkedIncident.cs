namespace IncidentBot.Core.Incidents;

/// <summary>A related incident as the post-mortem names it; a private one's title is withheld.</summary>
public sealed record LinkedIncident(int Number, string Title, bool IsPrivate)
{
    public string Describe() => IsPrivate ? $"INC-{Number} (private)" : $"INC-{Number}: {Title}";
}
