using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// DMs each owner their open action items overdue on the day in the payload, in the owner's words, at most once per owner
/// per day; items of a private incident the owner is not a member of carry its number only.
/// </summary>
public sealed class ActionDigestHandler(
    ActionItemStore actions, IncidentStore incidents, OncePoster poster, Wording wording, ILogger<ActionDigestHandler> logger)
    : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.ActionDigest;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var today = DateOnly.ParseExact(item.Payload, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var overdue = await actions.OverdueAsync(today, ct);
        var byIncident = new Dictionary<long, Incident?>();
        foreach (var owner in overdue.GroupBy(a => a.Owner!, StringComparer.Ordinal))
        {
            var items = new List<(ActionItem, Incident, bool)>();
            foreach (var action in owner)
            {
                if (!byIncident.TryGetValue(action.IncidentId, out var incident))
                {
                    byIncident[action.IncidentId] = incident = await incidents.GetAsync(action.IncidentId, ct);
                }

                if (incident is not null)
                {
                    // A private incident's item goes to an owner outside it by number only.
                    items.Add((action, incident, incident.IsPrivate && !await incidents.IsMemberAsync(incident.Id, owner.Key, ct)));
                }
            }

            await SendAsync(owner.Key, items, today, ct);
        }
    }

    private async Task SendAsync(string owner, List<(ActionItem, Incident, bool)> items, DateOnly today, CancellationToken ct)
    {
        var (text, blocks) = ActionItemMessages.Digest(await wording.ForAsync(owner, ct), items, today);
        try
        {
            await poster.PostAsync($"digest:{owner}:{today:yyyy-MM-dd}", ActionItemMessages.DigestEventType, new ChatMessage(owner, text, blocks), ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            // One owner Slack will not DM (deactivated, say) must not stop the others' digests; transient failures retry them all.
            logger.LogWarning("Overdue digest to {UserId} failed: Slack said {SlackError}", owner, ex.Error);
        }
    }
}
