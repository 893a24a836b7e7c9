namespace IncidentBot.FakeSlack;

/// <summary>
/// Serves the call (its side effect happens) and then holds the answer back for <paramref name="Duration"/>, or until
/// the client goes away: the window in which "Slack did it" but the caller has not heard so.
/// </summary>
public sealed record HoldResponseFault(TimeSpan Duration) : Fault;
