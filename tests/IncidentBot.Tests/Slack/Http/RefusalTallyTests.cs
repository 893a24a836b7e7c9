using System.Collections.Concurrent;
using IncidentBot.Slack.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.Slack.Http;

/// <summary>Refused requests cost one log line a minute, not one each.</summary>
[TestFixture]
public sealed class RefusalTallyTests
{
    private const string Secret = "test-signing-secret";
    private FakeTimeProvider _time = null!;
    private CapturingLogger _log = null!;

    [SetUp]
    public void SetUp() => (_time, _log) = (new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)), new CapturingLogger());

    [Test]
    public async Task UnsignedRequests_AreLoggedAsOneCountAMinute()
    {
        using var tally = await StartAsync();
        var filter = new SignatureFilter(new SlackSignatureVerifier(Secret, _time), tally);

        for (var i = 0; i < 40; i++)
        {
            await filter.InvokeAsync(Invocation(signature: i % 2 == 0 ? null : "v0=xyz"), Unreachable);
        }

        await filter.InvokeAsync(Invocation(timestamp: "1699999000"), Unreachable);
        Assert.That(_log.Lines, Is.Empty, "nothing is logged per request");

        _time.Advance(RefusalTally.Period);

        Assert.That(_log.Lines, Has.Count.EqualTo(1));
        Assert.That(_log.Lines[0], Does.Contain("Refused 41 request(s)")
            .And.Contain("MalformedSignature 20").And.Contain("MissingSignature 20").And.Contain("StaleTimestamp 1"));
    }

    [Test]
    public async Task MinuteWithoutRefusals_LogsNothing()
    {
        using var tally = await StartAsync();
        tally.Count("MissingSignature");
        _time.Advance(RefusalTally.Period);

        _time.Advance(RefusalTally.Period);
        _time.Advance(RefusalTally.Period);

        Assert.That(_log.Lines, Has.Count.EqualTo(1));
        Assert.That(_log.Lines[0], Does.Contain("Refused 1 request(s)"));
    }

    [Test]
    public async Task EachMinute_CountsOnlyItsOwn()
    {
        using var tally = await StartAsync();
        tally.Count("MissingSignature");
        tally.Count("MissingSignature");
        _time.Advance(RefusalTally.Period);
        tally.Count("BodyTooLarge");

        _time.Advance(RefusalTally.Period);

        Assert.That(_log.Lines, Is.EqualTo(new[]
        {
            "Refused 2 request(s) to the Slack endpoints and hooks since the last report (MissingSignature 2)",
            "Refused 1 request(s) to the Slack endpoints and hooks since the last report (BodyTooLarge 1)",
        }));
    }

    [Test]
    public async Task Stop_ReportsWhatIsStillCounted()
    {
        using var tally = await StartAsync();
        tally.Count("MissingTimestamp");

        await tally.StopAsync(CancellationToken.None);

        Assert.That(_log.Lines, Has.One.Contains("Refused 1 request(s)"));
    }

    private async Task<RefusalTally> StartAsync()
    {
        var tally = new RefusalTally(_time, _log);
        await tally.StartAsync(CancellationToken.None);
        return tally;
    }

    private DefaultEndpointFilterInvocationContext Invocation(string? signature = "v0=" + "ab", string? timestamp = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers["X-Slack-Request-Timestamp"] = timestamp ?? _time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (signature is not null)
        {
            http.Request.Headers["X-Slack-Signature"] = signature;
        }

        http.Request.Body = new MemoryStream("text=help"u8.ToArray());
        return new DefaultEndpointFilterInvocationContext(http);
    }

    private static ValueTask<object?> Unreachable(EndpointFilterInvocationContext context) =>
        throw new AssertionException("an unsigned request reached the endpoint");

    private sealed class CapturingLogger : ILogger<RefusalTally>
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception));
    }
}
