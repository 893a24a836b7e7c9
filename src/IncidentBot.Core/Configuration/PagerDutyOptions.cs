namespace IncidentBot.Core.Configuration;

/// <summary>
/// PagerDuty (<c>IncidentBot__PagerDuty__…</c>): the Events API v2 integration key incidents of <see cref="Severities"/>
/// are sent to (unset: nothing is sent), where events go, and the v3 webhook's signing secret (unset: the webhook does
/// not exist); and the REST API token and schedule whose current on-call the reserved rotation <c>pagerduty</c> pages
/// (unset: there is no such rotation).
/// </summary>
public sealed class PagerDutyOptions
{
    public const string DefaultEventsUrl = "https://events.pagerduty.com/v2/enqueue";

    public const string DefaultBaseUrl = "https://api.pagerduty.com";

    /// <summary>The reserved rotation name that pages the PagerDuty schedule's current on-call instead of a built-in rotation.</summary>
    public const string RotationName = "pagerduty";

    /// <summary>The integration key of an Events API v2 integration on a PagerDuty service.</summary>
    public string? RoutingKey { get; set; }

    /// <summary>The rungs declared incidents of which page PagerDuty (<c>sev0,sev1</c>); unset: the ladder's worst two.</summary>
    public IReadOnlyList<string> Severities { get; set; } = [];

    /// <summary>Where events are sent; <c>https://</c> unless on a loopback address (tests, a local proxy).</summary>
    public string EventsUrl { get; set; } = DefaultEventsUrl;

    /// <summary>The signing secret of the v3 webhook subscription that posts to <c>/hooks/pagerduty</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>A REST API key (read-only is enough) that can read the schedule's on-calls.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The PagerDuty schedule (its ID, such as <c>PI7DH85</c>) the rotation <c>pagerduty</c> reads.</summary>
    public string? ScheduleId { get; set; }

    /// <summary>The REST API; <c>https://</c> unless on a loopback address (tests, a local proxy).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Whether the rotation <c>pagerduty</c> exists: both the REST token and the schedule are set.</summary>
    public bool ReadsSchedule => !string.IsNullOrWhiteSpace(ApiToken) && !string.IsNullOrWhiteSpace(ScheduleId);

    public bool SendsEvents => !string.IsNullOrWhiteSpace(RoutingKey);

    public bool ReceivesWebhooks => !string.IsNullOrWhiteSpace(WebhookSecret);
}
