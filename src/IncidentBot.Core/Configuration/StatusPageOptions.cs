namespace IncidentBot.Core.Configuration;

/// <summary>
/// The public status page (<c>IncidentBot:StatusPage:*</c>): what it is called and links to, the components customers see,
/// how long resolved incidents stay on it, the first-external-communication reminder, and the Atlassian Statuspage page the
/// messages are also published to (<c>IncidentBot__Statuspage__…</c>: configuration keys ignore case, so it is the same section).
/// </summary>
public sealed class StatusPageOptions
{
    public const string DefaultBaseUrl = "https://api.statuspage.io/v1";

    /// <summary>The page's title; unset: "Service status" in the workspace language.</summary>
    public string? Title { get; set; }

    /// <summary>An <c>https://</c> image shown beside the title; unset: none.</summary>
    public string? LogoUrl { get; set; }

    /// <summary>Links shown in the page's header, text → <c>https://</c> address (<c>…__Links__Support=https://…</c>).</summary>
    public Dictionary<string, string> Links { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The zone the page's times are shown in (IANA); unset: <c>IncidentBot:TimeZone</c>.</summary>
    public string? TimeZone { get; set; }

    /// <summary>How long a resolved incident stays on the page.</summary>
    public TimeSpan ShowResolvedFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long browsers and proxies may keep a copy of the page.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The components (services) customers see, by key (<c>…__Components__api__Name=API</c>).</summary>
    public Dictionary<string, ComponentOptions> Components { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How soon after declaring something should be public on the rungs that need it; reminded then, escalated one period later.</summary>
    public TimeSpan FirstMessageWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The rungs that need a first external message (<c>sev0,sev1</c>); unset: the ladder's worst two.</summary>
    public IReadOnlyList<string> FirstMessageSeverities { get; set; } = [];

    /// <summary>The Atlassian Statuspage API the page's messages are also published to; <c>https://</c> unless on a loopback address.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>An Atlassian Statuspage API key (<c>Authorization: OAuth …</c>); unset: nothing goes to Statuspage.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The id of the Statuspage page incidents are published on.</summary>
    public string? PageId { get; set; }

    /// <summary>Our component keys mapped to Statuspage component ids; components not mapped are not sent.</summary>
    public Dictionary<string, string> ComponentMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether public messages are also published to Atlassian Statuspage.</summary>
    public bool PublishesToStatuspage => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(PageId);
}
