namespace IncidentBot.FakeSlack;

/// <summary>One Web API call as the fake saw it, whether served, rejected or faulted.</summary>
/// <param name="Method">The method name, e.g. <c>chat.postMessage</c>.</param>
/// <param name="Args">Arguments normalised to strings; JSON objects and arrays are kept as JSON text.</param>
/// <param name="At">Arrival time per the server's <see cref="TimeProvider"/>.</param>
/// <param name="HttpStatus">The HTTP status returned.</param>
/// <param name="Error">The Slack <c>error</c> returned, or null when the call succeeded.</param>
/// <param name="Faulted">True when an injected fault answered instead of the method.</param>
public sealed record RecordedCall(
    string Method,
    IReadOnlyDictionary<string, string> Args,
    DateTimeOffset At,
    int HttpStatus,
    string? Error,
    bool Faulted);
