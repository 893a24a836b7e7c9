namespace IncidentBot.Slack.Api;

/// <summary>
/// People's names, for documents Slack does not render mentions in (the post-mortem file): each user's real name, else
/// their handle. A user Slack will not describe keeps their ID; once Slack fails in a way worth retrying, the rest keep
/// theirs too, so a Slack outage delays the draft by one lookup rather than one per person. Names are kept for
/// <see cref="Kept"/>, so pages read often (the web view) cost Slack one lookup per person an hour, not one per view.
/// </summary>
public sealed class SlackUserNames(ISlackApi slack, TimeProvider time, ILogger<SlackUserNames> logger)
{
    /// <summary>More people than this in one document are named by ID past this many.</summary>
    public const int MostLookedUp = 100;

    /// <summary>How long a looked-up name (or Slack's answer that it has none) is reused.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Name, DateTimeOffset At)> _known = new(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, string>> LookUpAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var id in userIds.Take(MostLookedUp))
        {
            if (_known.TryGetValue(id, out var known) && now - known.At < Kept)
            {
                if (known.Name is { } kept)
                {
                    names[id] = kept;
                }

                continue;
            }

            try
            {
                var user = await slack.GetUserAsync(id, ct);
                var name = string.IsNullOrWhiteSpace(user.RealName) ? user.Name : user.RealName;
                var trimmed = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
                _known[id] = (trimmed, now);
                if (trimmed is not null)
                {
                    names[id] = trimmed;
                }
            }
            catch (SlackApiException ex) when (!Work.TransientFailure.Is(ex))
            {
                _known[id] = (null, now);
                logger.LogInformation("Slack has no name for {UserId} ({Problem}); the document shows the ID", id, ex.Error);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && Work.TransientFailure.Is(ex))
            {
                logger.LogWarning("Looking up names failed ({Problem}); the document shows IDs for the rest", ex.Message);
                break;
            }
        }

        return names;
    }
}
