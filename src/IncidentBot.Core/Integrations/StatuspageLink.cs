namespace IncidentBot.Core.Integrations;

/// <summary>
/// An incident's Statuspage incident and how far it is in step: Statuspage's id for it and its shortlink (null until
/// created), the last public message and resolution sent, and the Statuspage components ever sent for it.
/// </summary>
public sealed record StatuspageLink(long IncidentId, string? StatuspageId, string? Shortlink, long SentMessageId, long SentResolution, string ComponentIds)
{
    public bool IsCreated => StatuspageId is not null;

    /// <summary>The Statuspage components sent for the incident so far.</summary>
    public IReadOnlyList<string> SentComponents => ComponentIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
