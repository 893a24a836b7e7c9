namespace IncidentBot.Slack.Api;

/// <summary>
/// People's names, for documents Slack does not render mentions in (the post-mortem file): each user's real name, else
/// their handle. A user Slack will not describe keeps their ID; once Slack fails in a way worth retrying, the rest keep
/// theirs too, so a Slack outage delays the draft by one lookup rather than one per person.
/// </summary>
public sealed class SlackUserNames(ISlackApi slack, ILogger<SlackUserNames> logger)
{
    /// <summary>More people than this in one document are named by ID past this many.</summary>
    public const int MostLookedUp = 100;

    public async Task<IReadOnlyDictionary<string, string>> LookUpAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.Take(MostLookedUp))
        {
            try
            {
                var user = await slack.GetUserAsync(id, ct);
                var name = string.IsNullOrWhiteSpace(user.RealName) ? user.Name : user.RealName;
                if (!string.IsNullOrWhiteSpace(name))
                {
                    names[id] = name.Trim();
                }
            }
            catch (SlackApiException ex) when (!Work.TransientFailure.Is(ex))
            {
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
