using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Support;

/// <summary>
/// Stands in for the host's logger factory (register it over the host's with the harness's service overrides) and keeps
/// every line written at Warning or above (the level the host logs at by default), with its category, so a test can say what was logged and what was not.
/// </summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<(string Category, string Message)> _lines = new();

    public IReadOnlyList<(string Category, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void AddProvider(ILoggerProvider provider)
    {
        // Every line is kept here; no other provider is wanted.
    }

    public void Dispose()
    {
        // Nothing held.
    }

    private sealed class Logger(string category, ConcurrentQueue<(string Category, string Message)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue((category, formatter(state, exception)));
            }
        }
    }
}
