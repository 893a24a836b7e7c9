using System.Collections.Concurrent;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

[TestFixture]
public sealed class SlackApiClientLoggingTests
{
    private const string BotToken = "xoxb-secret-bot-token";

    [Test]
    public async Task Retry_WhenRateLimited_LogsMethodStatusAndDelayButNeverTokenOrBody()
    {
        using var handler = new ScriptedHttpHandler();
        handler.ThenRateLimited(2).ThenJson("""{"ok":true,"channel":"C1","ts":"1.0"}""");
        var time = new FakeTimeProvider();
        var logger = new CapturingLogger();

        var call = CreateSut(handler, time, logger).PostMessageAsync(new ChatMessage("C1", "very private incident text"));
        await handler.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(2));
        await call.WaitAsync(TimeSpan.FromSeconds(5));

        var entry = logger.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Properties["SlackMethod"], Is.EqualTo("chat.postMessage"));
            Assert.That(entry.Properties["Outcome"], Is.EqualTo("429"));
            Assert.That(entry.Properties["RetryDelay"], Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(entry.Message, Does.Not.Contain(BotToken).And.Not.Contain("private incident"));
        });
    }

    private static SlackApiClient CreateSut(ScriptedHttpHandler handler, FakeTimeProvider time, CapturingLogger logger)
    {
        var options = new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = BotToken };
        return new SlackApiClient(
            new HttpClient(handler, disposeHandler: false),
            Options.Create(options),
            new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, time),
            time,
            logger);
    }

    private sealed record LogEntry(string Message, IReadOnlyDictionary<string, object?> Properties);

    private sealed class CapturingLogger : ILogger<SlackApiClient>
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new();

        public IReadOnlyList<LogEntry> Entries => [.. _entries];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            _entries.Enqueue(new LogEntry(formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}
