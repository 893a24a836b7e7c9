using IncidentBot.Slack.Api;

namespace IncidentBot.Slack;

/// <summary>
/// Who the bot is in Slack (<c>auth.test</c>), and whether its token still works. The identity, once known, is kept
/// for the code that needs the bot's user id; the check behind <c>/readyz</c> is asked again a minute after it passed
/// (a revoked token or an uninstalled app turns the bot unready; a Slack outage does not) and 5 seconds after it failed.
/// </summary>
public sealed class SlackIdentity(ISlackApi slack, TimeProvider time, ILogger<SlackIdentity> logger) : IDisposable
{
    public static readonly TimeSpan RecheckAfterSuccess = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    // A readiness probe must answer promptly: one auth.test may not wait out the client's full retry budget.
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthTestResult? _identity;
    private bool _passed;
    private string? _error;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    /// <summary>Whether <c>auth.test</c> passed when last asked, asking again when that answer is out of date.</summary>
    public async Task<(bool Ok, string? Error)> CheckAsync(CancellationToken ct)
    {
        if (_passed && !Stale())
        {
            return (true, null);
        }

        // Otherwise in turn: a check under way is waited for, not answered with a result it has not reached yet.
        await _gate.WaitAsync(ct);
        try
        {
            if (Stale())
            {
                await AskAsync(ct);
            }

            return (_passed, _error);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The bot's own user id; asks Slack only while it is not yet known.</summary>
    public async Task<string> BotUserIdAsync(CancellationToken ct)
    {
        if (_identity is { } known)
        {
            return known.UserId;
        }

        await CheckAsync(ct);
        return _identity?.UserId ?? throw new SlackApiException("auth.test", _error ?? "not_authed", []);
    }

    /// <summary>The workspace the bot is installed in; asks Slack only while it is not yet known.</summary>
    public async Task<string> TeamIdAsync(CancellationToken ct)
    {
        if (_identity is { } known)
        {
            return known.TeamId;
        }

        await CheckAsync(ct);
        return _identity?.TeamId ?? throw new SlackApiException("auth.test", _error ?? "not_authed", []);
    }

    private bool Stale() => time.GetUtcNow() - _checkedAt >= (_passed ? RecheckAfterSuccess : RetryAfterFailure);

    private async Task AskAsync(CancellationToken ct)
    {
        _checkedAt = time.GetUtcNow();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(AskTimeout);
        try
        {
            var identity = await slack.AuthTestAsync(bounded.Token);
            if (_identity is null)
            {
                logger.LogInformation("Connected to Slack team {TeamId} as {BotUserId}", identity.TeamId, identity.UserId);
            }

            (_identity, _passed, _error) = (identity, true, null);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var error = ex switch
            {
                SlackApiException s => s.Error,
                OperationCanceledException => "timeout",
                _ => "unreachable",
            };
            logger.LogWarning("Slack auth.test failed: {SlackError}", error);

            // Once the token has worked, only Slack refusing it makes the bot unready: a Slack outage (5xx, timeouts,
            // rate limits) is ridden out by the work queue, and Slack's own requests must still be taken meanwhile.
            if (_identity is null || ex is SlackApiException { RefusesToken: true })
            {
                (_passed, _error) = (false, error);
            }
        }
    }

    public void Dispose() => _gate.Dispose();
}
