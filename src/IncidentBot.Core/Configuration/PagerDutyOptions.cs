namespace IncidentBot.Core.Configuration;

/// <summary>
/// PagerDuty (<c>IncidentBot__PagerDuty__…</c>): the Events API v2 integration key incidents of <see cref="Severities"/>
/// are sent to (unset: nothing is sent), where events go, and the v3 webhook's signing secret (unset: the webhook does
/// not exist).
/// </summary>
public sealed class PagerDutyOptions
{
    public const string DefaultEventsUrl = "https://events.pagerduty.com/v2/enqueue";

    /// <summary>The integration key of an Events API v2 integration on a PagerDuty service.</summary>
    public string? RoutingKey { get; set; }

    /// <summary>The rungs declared incidents of which page PagerDuty (<c>sev0,sev1</c>); unset: the ladder's worst two.</summary>
    public IReadOnlyList<string> Severities { get; set; } = [];

    /// <summary>Where events are sent; <c>https://</c> unless on a loopback address (tests, a local proxy).</summary>
    public string EventsUrl { get; set; } = DefaultEventsUrl;

    /// <summary>The signing secret of the v3 webhook subscription that posts to <c>/hooks/pagerduty</c>.</summary>
    public string? WebhookSecret { get; set; }

    public bool SendsEvents => !string.IsNullOrWhiteSpace(RoutingKey);

    public bool ReceivesWebhooks => !string.IsNullOrWhiteSpace(WebhookSecret);
}
