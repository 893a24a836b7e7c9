using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.StatusPage;

/// <summary>The public stage an incident's internal status suggests, and the stages a live incident may be published at.</summary>
public static class PublicStages
{
    /// <summary>What the update form offers: a live incident is never published as resolved.</summary>
    public static readonly PublicStage[] Live = [PublicStage.Investigating, PublicStage.Identified, PublicStage.Monitoring];

    public static PublicStage For(IncidentStatus status) => status switch
    {
        IncidentStatus.Identified or IncidentStatus.Mitigating => PublicStage.Identified,
        IncidentStatus.Monitoring => PublicStage.Monitoring,
        IncidentStatus.Resolved => PublicStage.Resolved,
        _ => PublicStage.Investigating,
    };

    /// <summary>The stored name (<c>Investigating</c>, …), or null when <paramref name="text"/> names none.</summary>
    public static PublicStage? Parse(string? text) =>
        Enum.TryParse<PublicStage>(text, ignoreCase: false, out var stage) && Enum.IsDefined(stage) ? stage : null;
}
