namespace IncidentBot.Core.Incidents;

/// <summary>
/// What a user asked for when declaring. <see cref="IdempotencyKey"/> is unique per user action
/// (the slash command's trigger, the modal's view id) so a double submit declares once. <see cref="Components"/> are the
/// status page's components the declare form picked as affected. <see cref="PageRotation"/>: the on-call rotation to
/// page, unless the declarer is IC.
/// </summary>
public sealed record DeclareRequest(
    string IdempotencyKey,
    string Title,
    Severity Severity,
    string DeclaredBy,
    bool IsPrivate,
    bool DeclarerIsCommander,
    string? Summary = null,
    string? Impact = null,
    string? ResponseUrl = null,
    IncidentType? Type = null,
    string? DetectedVia = null,
    IReadOnlyDictionary<string, StatusPage.ComponentState>? Components = null,
    string? PageRotation = null);
