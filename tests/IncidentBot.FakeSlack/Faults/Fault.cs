namespace IncidentBot.FakeSlack;

/// <summary>Something to do instead of (or before) serving a call. Build one with the factory methods.</summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>HTTP 429 with <c>Retry-After</c> and <c>{"ok":false,"error":"ratelimited"}</c>; no side effect.</summary>
    public static Fault RateLimited(int retryAfterSeconds = 1) => new RateLimitedFault(retryAfterSeconds);

    /// <summary>HTTP 5xx with an HTML body; no side effect.</summary>
    public static Fault ServerError(int status = 500) => new ServerErrorFault(status);

    /// <summary>Wait, then serve the call normally (side effects happen).</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>Serve the call (side effects happen), then hold the answer back; see <see cref="FaultInjector.Held"/>.</summary>
    public static Fault HoldResponse(TimeSpan hold) => new HoldResponseFault(hold);

    /// <summary>HTTP 200 with <c>{"ok":false,"error":error}</c>; no side effect.</summary>
    public static Fault SlackError(string error) => new SlackErrorFault(error);
}
