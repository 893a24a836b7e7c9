namespace IncidentBot.Core.Incidents;

/// <summary>
/// A status update someone posts. A null <see cref="Status"/> keeps the current one; <see cref="NextUpdateIn"/> may
/// bring the next update forward (never past the cadence). <see cref="IdempotencyKey"/> makes a double submit post once.
/// <see cref="Details"/> carries the template's further fields (the update form's; a quick update has none);
/// <see cref="Public"/> what the form publishes on the status page and the components it picked.
/// </summary>
public sealed record UpdateRequest(
    long IncidentId,
    string IdempotencyKey,
    string UserId,
    IncidentStatus? Status,
    string Summary,
    string? Impact = null,
    string? Hypothesis = null,
    string? NextSteps = null,
    string? Eta = null,
    string? Confidence = null,
    TimeSpan? NextUpdateIn = null,
    UpdateDetails? Details = null,
    StatusPage.PublicPost? Public = null);
