namespace IncidentBot.FakeSlack;

/// <summary>One Web API call as the fake saw it, whether served, rejected or faulted.</summary>
/// <param name="Method">The method name, e.g. <c>chat.postMessage</c>.</param>
/// <param name="Args">Arguments normalised to strings; JSON objects and arrays are kept as JSON text.</param>
/// <param name="At">Arrival time per the server's <see cref="TimeProvider"/>.</param>
/// <param name="HttpStatus">The HTTP status returned.</param>
/// <param name="Error">The Slack <c>error</c> returned, or null when the call succeeded.</param>
/// <param name="Faulted">True when an injected fault answered instead of the method.</param>
/// <param name="Answered">When the answer was ready (after <see cref="FakeSlackServer.Latency"/> and any fault), or the
/// client gave up, per the same clock: with <see cref="At"/> it shows which calls were in flight at once.</param>
public sealed record RecordedCall(
    string Method,
    IReadOnlyDictionary<string, string> Args,
    DateTimeOffset At,
    int HttpStatus,
    string? Error,
    bool Faulted,
    DateTimeOffset Answered);
