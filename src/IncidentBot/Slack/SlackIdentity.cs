using IncidentBot.Slack.Api;

namespace IncidentBot.Slack;

/// <summary>Who the bot is in Slack (<c>auth.test</c>), asked once and kept; re-asked a minute after a failure.</summary>
public sealed class SlackIdentity(ISlackApi slack, TimeProvider time, ILogger<SlackIdentity> logger) : IDisposable
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    // A readiness probe must answer promptly: one auth.test may not wait out the client's full retry budget.
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthTestResult? _identity;
    private string? _error;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async Task<(bool Ok, string? Error)> CheckAsync(CancellationToken ct)
    {
        if (_identity is not null)
        {
            return (true, null);
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_identity is null && time.GetUtcNow() - _checkedAt >= RetryAfterFailure)
            {
                await AskAsync(ct);
            }

            return (_identity is not null, _error);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The bot's own user id; asks Slack when not yet known.</summary>
    public async Task<string> BotUserIdAsync(CancellationToken ct)
    {
        await CheckAsync(ct);
        return _identity?.UserId ?? throw new SlackApiException("auth.test", _error ?? "not_authed", []);
    }

    private async Task AskAsync(CancellationToken ct)
    {
        _checkedAt = time.GetUtcNow();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(AskTimeout);
        try
        {
            _identity = await slack.AuthTestAsync(bounded.Token);
            _error = null;
            logger.LogInformation("Connected to Slack team {TeamId} as {BotUserId}", _identity.TeamId, _identity.UserId);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            _error = ex switch
            {
                SlackApiException s => s.Error,
                OperationCanceledException => "timeout",
                _ => "unreachable",
            };
            logger.LogWarning("Slack auth.test failed: {SlackError}", _error);
        }
    }

    public void Dispose() => _gate.Dispose();
}
