using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Slack;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Creates the incident's channel exactly once: <c>name_taken</c> moves to the next suffix, and a channel that a
/// previous, interrupted attempt created (by this bot, with the name it recorded, and claimed by no incident) is adopted.
/// </summary>
public sealed class ChannelProvisioner(
    ISlackApi slack, SlackIdentity identity, IncidentStore incidents, EffectLedger ledger, ZoneClock zone)
{
    private const int MaxSuffix = 999;

    public async Task<Incident> EnsureAsync(Incident incident, CancellationToken ct)
    {
        if (incident.ChannelId is not null)
        {
            return incident;
        }

        var key = $"inc:{incident.Id}:channel";
        if (await ledger.GetAsync(key, ct) is { Value: { } attemptedName } && await AdoptAsync(attemptedName, ct) is { } adopted)
        {
            return await RecordAsync(incident, key, adopted);
        }

        var date = zone.LocalDate(incident.DeclaredAt);
        for (var attempt = 1; attempt <= MaxSuffix; attempt++)
        {
            var name = ChannelNamer.Build(date, incident.Title, incident.Number, attempt);
            await ledger.MarkAttemptedAsync(key, name, ct);
            try
            {
                return await RecordAsync(incident, key, await slack.CreateConversationAsync(name, incident.IsPrivate, ct));
            }
            catch (SlackApiException ex) when (ex.Error == "name_taken")
            {
                // Someone has this name: try the next suffix.
            }
        }

        throw new SlackApiException("conversations.create", "name_taken", [$"every suffix up to {MaxSuffix} is taken"]);
    }

    private async Task<SlackChannel?> AdoptAsync(string name, CancellationToken ct)
    {
        var existing = await slack.FindConversationByNameAsync(name, ct);
        if (existing is null || existing.Creator != await identity.BotUserIdAsync(ct))
        {
            return null;
        }

        return await incidents.GetByChannelAsync(existing.Id, ct) is null ? existing : null;
    }

    private async Task<Incident> RecordAsync(Incident incident, string key, SlackChannel channel)
    {
        await incidents.SetSlackRefsAsync(incident.Id, new SlackRefs(ChannelId: channel.Id, ChannelName: channel.Name));
        await ledger.MarkDoneAsync(key, channel.Id);
        return incident with { ChannelId = channel.Id, ChannelName = channel.Name };
    }
}
