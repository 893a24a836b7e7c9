namespace IncidentBot.FakeSlack;

/// <summary>
/// A call that came before the <c>Retry-After</c> its method was last answered with had passed: <see cref="AfterLimit"/>
/// after that 429 was sent, <see cref="BeforeRetryAfter"/> before its Retry-After ended.
/// </summary>
public sealed record EarlyCall(string Method, TimeSpan AfterLimit, TimeSpan BeforeRetryAfter);
