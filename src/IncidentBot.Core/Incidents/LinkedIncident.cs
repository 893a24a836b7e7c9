using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>A related incident as the post-mortem names it; a private one's title is withheld.</summary>
public sealed record LinkedIncident(int Number, string Title, bool IsPrivate)
{
    /// <summary>"INC-7: Checkout is failing", or "INC-7 (private)" in <paramref name="words"/>' language.</summary>
    public string Describe(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return IsPrivate ? words.Text("timeline.linked_private", ("reference", $"INC-{Number}")) : $"INC-{Number}: {Title}";
    }
}
