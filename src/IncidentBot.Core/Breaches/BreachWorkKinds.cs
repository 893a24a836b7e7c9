namespace IncidentBot.Core.Breaches;

/// <summary>Queued Slack work of the breach-notification clock.</summary>
public static class BreachWorkKinds
{
    /// <summary>DM a breach reminder or the deadline's passing to the IC and the contact. Payload: <see cref="BreachPayload"/>.</summary>
    public const string PostBreachNotice = "post_breach_notice";
}
