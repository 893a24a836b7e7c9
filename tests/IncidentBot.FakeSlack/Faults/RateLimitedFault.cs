namespace IncidentBot.FakeSlack;

/// <summary>Answers HTTP 429 with a <c>Retry-After</c> header.</summary>
public sealed record RateLimitedFault(int RetryAfterSeconds) : Fault;
