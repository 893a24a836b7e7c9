namespace IncidentBot.Core.Storage;

/// <summary>The columns of a new <c>incidents</c> row.</summary>
public sealed record NewIncident(
    string Title,
    string Severity,
    bool IsPrivate,
    string DeclaredBy,
    long DeclaredAt,
    string? Summary,
    string? Impact,
    string IdempotencyKey,
    int? PossiblyRelatedNumber,
    string Type = Configuration.DefaultTypes.DefaultKey,
    string? DetectedVia = null)
{
    /// <summary>The title's stored words, for the duplicate check.</summary>
    public string TitleWords => Policies.TitleSimilarity.Key(Title);
}
