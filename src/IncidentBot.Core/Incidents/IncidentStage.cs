namespace IncidentBot.Core.Incidents;

/// <summary>The incident's lifecycle stage: live, then the post-mortem stages after resolution.</summary>
public enum IncidentStage
{
    Active,
    PostmortemDraft,
    PostmortemReview,
    Closed,
}
