using System.Collections.Frozen;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IncidentBot.Slack.Api;

/// <summary>
/// The single owner of retries for Slack HTTP calls: total-time cap → retry → per-attempt timeout.
/// 429 waits exactly <c>Retry-After</c>; 5xx, network errors and attempt timeouts back off exponentially with jitter.
/// A call that creates something (a channel, a message, a shared file) is not repeated here after a failure that may
/// have come after Slack did it (a 5xx, a timeout, a dropped connection): its caller's next attempt first looks for
/// what the earlier one made, so Slack never gets the same channel or post twice. A call made by queued work is not held
/// here through a 429 longer than <see cref="MethodPauses.LongestWait"/>: it fails as <c>ratelimited</c> and the queue
/// puts the work back until the <c>Retry-After</c> has passed.
/// </summary>
internal static class SlackResiliencePipeline
{
    public static readonly ResiliencePropertyKey<string> MethodKey = new("slack.method");

    /// <summary>Whether the call is made by queued work, which waits out a long rate limit in the queue, not in place.</summary>
    public static readonly ResiliencePropertyKey<bool> QueuedKey = new("slack.queued");

    /// <summary>The <c>Retry-After</c> of the latest 429, to hand on when the call gives up as rate-limited.</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> RetryAfterKey = new("slack.retry-after");

    /// <summary>Status of the latest attempt (0 when it produced no response), to name the failure if time runs out.</summary>
    public static readonly ResiliencePropertyKey<int> LastStatusKey = new("slack.last-status");

    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Methods that would make a second channel, message or file if repeated after Slack did the first.</summary>
    private static readonly FrozenSet<string> NotRepeatable = FrozenSet.ToFrozenSet(
        ["conversations.create", "chat.postMessage", "files.completeUploadExternal"], StringComparer.Ordinal);

    public static ResiliencePipeline<HttpResponseMessage> Create(SlackApiOptions options, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.MaxTotalWait)
            .AddRetry(CreateRetryOptions(options, time, logger))
            .AddTimeout(options.AttemptTimeout)
            .Build();

    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(
        SlackApiOptions options, TimeProvider time, ILogger logger) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = BaseDelay,
        MaxDelay = MaxBackoff,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(MethodKey, ""))
            && !(args.Context.Properties.GetValue(QueuedKey, false) && RetryAfter(args.Outcome.Result, time) > MethodPauses.LongestWait)),
        DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
        OnRetry = args =>
        {
            var method = args.Context.Properties.GetValue(MethodKey, "unknown");
            SlackApiLog.RetryScheduled(logger, method, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
            return default;
        },
    };

    /// <summary>Whether to try again now: always when Slack did not act (429, no connection made), else only when repeating is safe.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, string method) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => true,
        { Exception: HttpRequestException or TimeoutRejectedException } => !NotRepeatable.Contains(method),
        { Result: { } response } => IsRetryable(response.StatusCode) && !NotRepeatable.Contains(method),
        _ => false,
    };

    // Only 429 gets a generated delay; null lets Polly apply exponential backoff with jitter.
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return DefaultRetryAfter;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : outcome.Exception?.GetType().Name ?? "unknown";
}
