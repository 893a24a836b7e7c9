using System.Collections.Concurrent;
using System.Threading.Channels;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Http;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Keeps the bot connected to Slack over Socket Mode. On <c>refresh_requested</c> or <c>warning</c> it opens a new
/// connection before closing the old one; a dropped connection is replaced after a jittered backoff; on
/// <c>link_disabled</c> it stops. Ready while at least one open connection has received <c>hello</c>.
/// </summary>
public sealed class SocketModeService(
    SocketModeConnector connector,
    SocketModeReceiver receiver,
    SocketModeOptions options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService, IConnectionState
{
    private readonly Channel<SocketSignal> _signals = Channel.CreateUnbounded<SocketSignal>();
    private readonly ConcurrentDictionary<int, SocketModeConnection> _connections = new();
    private readonly ReconnectBackoff _backoff = new(options.ReconnectBaseDelay, options.ReconnectMaxDelay);
    private volatile bool _disabled;

    public bool IsConnected => _connections.Values.Any(c => c.IsReady);

    public string? Problem => IsConnected ? null
        : _disabled ? "Socket Mode was disabled for this app in Slack" : "not connected to Slack over Socket Mode";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ConnectWithRetryAsync(afterDrop: false, stoppingToken);
            await foreach (var signal in _signals.Reader.ReadAllAsync(stoppingToken))
            {
                if (!await HandleAsync(signal, stoppingToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            await Task.WhenAll(_connections.Values.Select(c => c.CloseAsync(options.CloseTimeout)));
        }
    }

    /// <summary>Acts on one signal; false when Socket Mode is over for this process.</summary>
    private async Task<bool> HandleAsync(SocketSignal signal, CancellationToken ct)
    {
        var connection = signal.Connection;
        switch (signal.What)
        {
            case DisconnectReasons.LinkDisabled:
                _disabled = true;
                SocketModeLog.LinkDisabled(logger);
                return false;
            case DisconnectReasons.TooManyWebsockets:
                await CloseOldestAsync();
                return true;
            case SocketSignal.Ended:
                _connections.TryRemove(connection.Id, out _);
                await connection.DisposeAsync();
                if (!_connections.Values.Any(c => !c.IsRetiring))
                {
                    await ConnectWithRetryAsync(afterDrop: !connection.IsRetiring, ct);
                }

                return true;
            default:
                // refresh_requested, warning, or a reason we do not know: replace the connection, new one first.
                if (connection.Retire())
                {
                    await ConnectWithRetryAsync(afterDrop: false, ct);
                    await connection.CloseAsync(options.CloseTimeout);
                }

                return true;
        }
    }

    private async Task CloseOldestAsync()
    {
        var live = _connections.Values.Where(c => !c.IsRetiring).OrderBy(c => c.Id).ToList();
        if (live.Count > 1)
        {
            SocketModeLog.ClosingOldest(logger, live[0].Id);
            await live[0].CloseAsync(options.CloseTimeout);
        }
    }

    /// <summary>
    /// Opens connections until one says <c>hello</c>; waits a jittered backoff before every retry, or
    /// <see cref="SocketModeOptions.RefusedTokenDelay"/> when Slack refused the token itself.
    /// </summary>
    private async Task ConnectWithRetryAsync(bool afterDrop, CancellationToken ct)
    {
        var refused = false;
        for (var attempt = 0; ; attempt++)
        {
            if (afterDrop || attempt > 0)
            {
                var delay = _backoff.Delay(afterDrop ? attempt : attempt - 1, Random.Shared.NextDouble());
                delay = refused && delay < options.RefusedTokenDelay ? options.RefusedTokenDelay : delay;
                SocketModeLog.Reconnecting(logger, delay.TotalMilliseconds, attempt + 1);
                await Task.Delay(delay, time, ct);
            }

            var outcome = await TryConnectAsync(ct);
            if (outcome == ConnectOutcome.Connected)
            {
                return;
            }

            refused = outcome == ConnectOutcome.TokenRefused;
        }
    }

    private enum ConnectOutcome
    {
        Connected,
        Failed,
        TokenRefused,
    }

    private async Task<ConnectOutcome> TryConnectAsync(CancellationToken ct)
    {
        SocketModeConnection? connection = null;
        try
        {
            connection = await connector.ConnectAsync(ct);
            _connections[connection.Id] = connection;
            var reading = connection;
            _ = Task.Run(() => receiver.RunAsync(reading, s => _signals.Writer.TryWrite(s), ct), CancellationToken.None);
            await connection.HelloReceived.WaitAsync(options.HelloTimeout, time, ct);
            SocketModeLog.Connected(logger, connection.Id);
            return ConnectOutcome.Connected;
        }
        catch (SlackApiException ex) when (!ct.IsCancellationRequested && ex.RefusesToken)
        {
            SocketModeLog.TokenRefused(logger, ex.Error, options.RefusedTokenDelay.TotalSeconds);
            return ConnectOutcome.TokenRefused;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The URL carries a one-time ticket: only the error's type and message are logged, never the URL.
            SocketModeLog.ConnectFailed(logger, ex.GetType().Name, ex is SlackApiException s ? s.Error : ex.Message);
            connection?.Retire();
            connection?.Abort();
            return ConnectOutcome.Failed;
        }
    }
}
