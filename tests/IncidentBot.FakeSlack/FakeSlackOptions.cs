namespace IncidentBot.FakeSlack;

/// <summary>Settings for a <see cref="FakeSlackServer"/>; every value has a test-friendly default.</summary>
public sealed record FakeSlackOptions
{
    public string BotToken { get; init; } = "xoxb-test-token";

    public string BotUserId { get; init; } = "UBOT";

    public string TeamId { get; init; } = "T0001";

    /// <summary>Drives message timestamps, trigger expiry and response_url expiry.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The app-level token accepted by <c>apps.connections.open</c>.</summary>
    public string AppToken { get; init; } = "xapp-test-token";

    /// <summary>
    /// Enforce Slack's published per-method rate-limit tiers (Tier 2 = 20 calls a minute, …) with 429 and
    /// <c>Retry-After</c>, so a scenario meets the limits a real workspace has; see <see cref="FakeSlackServer.EarlyCalls"/>.
    /// </summary>
    public bool EnforceTierLimits { get; init; }
}
