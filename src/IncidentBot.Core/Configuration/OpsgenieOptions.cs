namespace IncidentBot.Core.Configuration;

/// <summary>
/// Opsgenie (<c>IncidentBot__Opsgenie__…</c>): the API key of an API integration, which alerts are created with for
/// incidents of <see cref="Severities"/> (unset: nothing is sent), where the Alert API is, and the secret the outgoing
/// webhook to <c>/hooks/opsgenie</c> carries in its <c>X-IncidentBot-Secret</c> header (unset: the webhook does not exist).
/// </summary>
public sealed class OpsgenieOptions
{
    public const string DefaultBaseUrl = "https://api.opsgenie.com";

    /// <summary>The API key of an Opsgenie API integration (sent as <c>Authorization: GenieKey …</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The rungs declared incidents of which create an Opsgenie alert (<c>sev0,sev1</c>); unset: the ladder's worst two.</summary>
    public IReadOnlyList<string> Severities { get; set; } = [];

    /// <summary>The Alert API's address (<c>https://api.eu.opsgenie.com</c> for the EU instance); <c>https://</c> unless loopback.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The value of the <c>X-IncidentBot-Secret</c> header the Opsgenie webhook integration is set to send.</summary>
    public string? WebhookSecret { get; set; }

    public bool SendsAlerts => !string.IsNullOrWhiteSpace(ApiKey);

    public bool ReceivesWebhooks => !string.IsNullOrWhiteSpace(WebhookSecret);
}
