using IncidentBot.Slack.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace IncidentBot.Hosting;

/// <summary>
/// Kestrel's limits, sized for Slack: Slack sends small requests, all at once, and gives up on an answer after 3 s, so
/// anything much slower or larger is not Slack and need not be waited for. Each limit bounds what a stranger's
/// connections can hold (a slot, a timer, a buffer) without ever refusing a request Slack would send.
/// </summary>
public static class KestrelLimits
{
    /// <summary>Open connections at once. One workspace's Slack traffic uses a handful; this leaves room for floods of strangers without running out of memory.</summary>
    public const int MaxConnections = 1000;

    /// <summary>Time allowed for the request line and headers, which Slack sends in one packet.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A body must arrive at 4 KiB/s or more once 3 s have passed: Slack's few kilobytes arrive at once.</summary>
    public static readonly MinDataRate MinBodyRate = new(bytesPerSecond: 4096, gracePeriod: TimeSpan.FromSeconds(3));

    /// <summary>Unread bytes Kestrel buffers per connection (default 1 MiB): the bot reads what arrives, so it needs little.</summary>
    public const int MaxRequestBufferBytes = 64 * 1024;

    public static WebApplicationBuilder UseSlackSizedLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => Apply(kestrel.Limits));
        return builder;
    }

    public static void Apply(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxConcurrentConnections = MaxConnections;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.MinRequestBodyDataRate = MinBodyRate;
        limits.MaxRequestBodySize = SlackRequestBody.MaxBytes;
        limits.MaxRequestBufferSize = MaxRequestBufferBytes;
    }
}
