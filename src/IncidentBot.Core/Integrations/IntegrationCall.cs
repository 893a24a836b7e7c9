namespace IncidentBot.Core.Integrations;

/// <summary>
/// The last call made to one integration's vendor: when, whether it succeeded, and why not. <see cref="Detail"/> is the
/// vendor's HTTP status, or a code for why no answer came (<see cref="TimedOut"/>, <see cref="Unreachable"/>), put into
/// words in the reader's language only when shown.
/// </summary>
public sealed record IntegrationCall(string Name, DateTimeOffset CalledAt, bool Succeeded, string? Detail)
{
    /// <summary>The vendor did not answer within the client's timeout.</summary>
    public const string TimedOut = "timed_out";

    /// <summary>The vendor could not be reached (no connection, a dropped one).</summary>
    public const string Unreachable = "unreachable";
}
