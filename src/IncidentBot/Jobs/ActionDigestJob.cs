using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Hosting;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Daily: DMs each owner their overdue open action items, at most once per owner per day.</summary>
[DisallowConcurrentExecution]
public sealed class ActionDigestJob(
    ActionItemStore actions, IncidentStore incidents, OncePoster poster, ZoneClock zone, TimeProvider time, ILogger<ActionDigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily", "action-digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = zone.LocalDate(time.GetUtcNow());
        var overdue = await actions.OverdueAsync(today, cancellationToken);
        var byIncident = new Dictionary<long, Incident?>();
        foreach (var owner in overdue.GroupBy(a => a.Owner!, StringComparer.Ordinal))
        {
            var items = new List<(ActionItem, Incident)>();
            foreach (var item in owner)
            {
                if (!byIncident.TryGetValue(item.IncidentId, out var incident))
                {
                    byIncident[item.IncidentId] = incident = await incidents.GetAsync(item.IncidentId, cancellationToken);
                }

                if (incident is not null)
                {
                    items.Add((item, incident));
                }
            }

            await SendAsync(owner.Key, items, today, cancellationToken);
        }
    }

    private async Task SendAsync(string owner, List<(ActionItem, Incident)> items, DateOnly today, CancellationToken ct)
    {
        var (text, blocks) = ActionItemMessages.Digest(items, today);
        try
        {
            await poster.PostAsync($"digest:{owner}:{today:yyyy-MM-dd}", ActionItemMessages.DigestEventType, new ChatMessage(owner, text, blocks), ct);
        }
        catch (SlackApiException ex)
        {
            // One owner Slack will not DM (deactivated, say) must not stop the others' digests.
            logger.LogWarning("Overdue digest to {UserId} failed: Slack said {SlackError}", owner, ex.Error);
        }
    }
}
