using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Api;

/// <summary>
/// The language each person reads the bot in: their Slack locale (<c>users.info</c>, <c>include_locale</c>) when the bot
/// speaks it, else the workspace's (<c>IncidentBot__Language</c>). Looked up once and kept for <see cref="Kept"/>; an
/// answer waits at most <see cref="Bound"/> for a first lookup, and a failed or slow one answers in the workspace's
/// language (a slow one still lands in the cache for the person's next answer; a failed one is tried again after
/// <see cref="KeptAfterFailure"/>).
/// </summary>
public sealed partial class PersonLanguages(ISlackApi slack, IncidentBotOptions options, TimeProvider time, ILogger<PersonLanguages> logger)
{
    /// <summary>How long an answer waits for a first lookup; Slack wants the whole answer within 3 s.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(800);

    public static readonly TimeSpan Kept = TimeSpan.FromHours(6);

    public static readonly TimeSpan KeptAfterFailure = TimeSpan.FromMinutes(5);

    private readonly Language _workspace = Language.TryParse(options.Language, out var language) ? language : Language.English;
    private readonly Dictionary<string, Lookup> _lookups = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The workspace language: for what several people read.</summary>
    public Language Workspace => _workspace;

    public async Task<Language> ForAsync(string userId, CancellationToken ct)
    {
        var lookup = Current(userId);
        try
        {
            return await lookup.Result.WaitAsync(Bound, time, ct) ?? _workspace;
        }
        catch (TimeoutException)
        {
            LogSlow(logger, userId);
            return _workspace;
        }
    }

    private Lookup Current(string userId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_lookups.TryGetValue(userId, out var known) && !known.ExpiredAt(now))
            {
                return known;
            }

            var started = new Lookup(LookUpAsync(userId), now);
            _lookups[userId] = started;
            return started;
        }
    }

    private async Task<Language?> LookUpAsync(string userId)
    {
        try
        {
            // Not the asker's token: a lookup that outlives the answer still fills the cache.
            var user = await slack.GetUserAsync(userId, CancellationToken.None).ConfigureAwait(false);
            return Language.FromLocale(user.Locale) ?? _workspace;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, userId, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack's locale for {UserId} was slow to come; this answer uses the workspace language")]
    private static partial void LogSlow(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking up the locale of {UserId} failed ({Problem}); the workspace language stands in")]
    private static partial void LogFailed(ILogger logger, string userId, string problem);

    /// <summary>One person's lookup: its result (null when it failed) and when it started.</summary>
    private sealed record Lookup(Task<Language?> Result, DateTimeOffset Started)
    {
        public bool ExpiredAt(DateTimeOffset now) => Result.IsCompleted
            && now - Started >= (Result.Result is null ? KeptAfterFailure : Kept);
    }
}
