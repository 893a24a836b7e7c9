namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Exponential backoff with jitter for reconnecting: attempt n waits between half and all of
/// <c>min(max, base · 2ⁿ)</c>, so many bots cut off at once do not all come back in the same instant.
/// </summary>
public sealed record ReconnectBackoff(TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="random">A number in [0, 1).</param>
    public TimeSpan Delay(int attempt, double random)
    {
        var exponent = Math.Min(Math.Max(attempt, 0), 30);
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(random, 0, 1))));
    }
}
