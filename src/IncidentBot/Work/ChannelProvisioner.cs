using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Slack;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Creates the incident's channel exactly once: <c>name_taken</c> moves to the next suffix. Each attempt is recorded
/// before the call and its answer after it: only an attempt whose outcome is unknown (no answer, a server error, a crash
/// mid-call) can have made a channel, so only then is the workspace searched (<see cref="ChannelScan"/>) for the channel
/// it may have made, which is adopted if this bot made it with the recorded name and no incident claims it. After a
/// definite answer (<c>ratelimited</c>, any other error) the next attempt simply creates.
/// </summary>
public sealed class ChannelProvisioner(
    ISlackApi slack, ChannelScan scan, SlackIdentity identity, IncidentStore incidents, EffectLedger ledger, ZoneClock zone)
{
    private const int MaxSuffix = 999;

    public async Task<Incident> EnsureAsync(Incident incident, CancellationToken ct)
    {
        if (incident.ChannelId is not null)
        {
            return incident;
        }

        var key = $"inc:{incident.Id}:channel";
        if (await ledger.GetAsync(key, ct) is { State: EffectRecord.Attempted, Value: { } attemptedName }
            && await AdoptAsync(attemptedName, incident.IsPrivate, ct) is { } adopted
            && await RecordAsync(incident, key, adopted) is { } withAdopted)
        {
            return withAdopted;
        }

        var date = zone.LocalDate(incident.DeclaredAt);
        for (var attempt = 1; attempt <= MaxSuffix; attempt++)
        {
            var name = ChannelNamer.Build(date, incident.Title, incident.Number, attempt);
            await ledger.MarkAttemptedAsync(key, name, ct);
            try
            {
                if (await RecordAsync(incident, key, await slack.CreateConversationAsync(name, incident.IsPrivate, ct)) is { } created)
                {
                    return created;
                }

                // Another incident adopted the channel just made (its own attempt at that name went unanswered): leave
                // it theirs and make another.
            }
            catch (SlackApiException ex) when (ex.Error == "name_taken")
            {
                // Someone has this name: try the next suffix.
            }
            catch (SlackApiException ex) when (!ex.OutcomeUnknown)
            {
                // Slack answered and made nothing: the next attempt need not look for a channel.
                await ledger.MarkRefusedAsync(key, name, CancellationToken.None);
                throw;
            }
        }

        throw new SlackApiException("conversations.create", "name_taken", [$"every suffix up to {MaxSuffix} is taken"]);
    }

    private async Task<SlackChannel?> AdoptAsync(string name, bool isPrivate, CancellationToken ct)
    {
        var existing = await scan.FindAsync(name, isPrivate, ct);
        if (existing is null || existing.Creator != await identity.BotUserIdAsync(ct))
        {
            return null;
        }

        return await incidents.GetByChannelAsync(existing.Id, ct) is null ? existing : null;
    }

    /// <summary>The incident with its channel, or null when another incident claimed that channel first.</summary>
    private async Task<Incident?> RecordAsync(Incident incident, string key, SlackChannel channel)
    {
        if (!await incidents.TryClaimChannelAsync(incident.Id, channel.Id, channel.Name))
        {
            return null;
        }

        await ledger.MarkDoneAsync(key, channel.Id);
        return incident with { ChannelId = channel.Id, ChannelName = channel.Name };
    }
}
