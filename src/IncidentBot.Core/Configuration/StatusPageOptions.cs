namespace IncidentBot.Core.Configuration;

/// <summary>
/// The public status page (<c>IncidentBot:StatusPage:*</c>): what it is called and links to, the components customers see,
/// how long resolved incidents stay on it, and the first-external-communication reminder.
/// </summary>
public sealed class StatusPageOptions
{
    public string Title { get; set; } = "Service status";

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
}
