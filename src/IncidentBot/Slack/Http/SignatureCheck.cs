namespace IncidentBot.Slack.Http;

/// <summary>Outcome of verifying a Slack request signature. Only <see cref="Valid"/> lets a request through.</summary>
public enum SignatureCheck
{
    Valid,
    MissingSecret,
    MissingSignature,
    MissingTimestamp,
    MalformedTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    MalformedSignature,
    Mismatch,
}
