using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// What PagerDuty reports back about an incident's alert: an acknowledgement or a resolution there is a timeline entry
/// here (once per event, however often it is delivered), and an acknowledgement stands down the bot's own pages for
/// the incident, since someone is on it. Entries are in the workspace's <see cref="Words"/>.
/// </summary>
public sealed class PagerDutyFeedback(Changes changes, PagingService paging, Words words)
{
    /// <summary>The longest PagerDuty user name put on the timeline.</summary>
    public const int MaxAgent = 80;

    public Task<PagerDutyRecorded> RecordAsync(PagerDutyNotice notice, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (!PagerDutyKeys.TryParse(notice.DedupKey, out var number) || await change.GetIncidentByNumberAsync(number) is not { } incident)
            {
                return PagerDutyRecorded.NotOurs;
            }

            var acknowledged = notice.Kind == PagerDutyNoticeKind.Acknowledged;
            var text = Agent(notice.Agent) is { } agent
                ? words.Text(acknowledged ? "pagerduty.timeline.acknowledged_by" : "pagerduty.timeline.resolved_by", ("who", agent))
                : words[acknowledged ? "pagerduty.timeline.acknowledged" : "pagerduty.timeline.resolved"];
            var entry = new TimelineEntry(0, incident.Id, notice.OccurredAt ?? change.Now, change.Now,
                acknowledged ? TimelineKind.PageAcknowledged : TimelineKind.AlertResolved, text, null);
            if (!await change.AddToTimelineAsync(entry, $"pagerduty:{notice.EventId}"))
            {
                return PagerDutyRecorded.Duplicate;
            }

            if (acknowledged && incident.IsOpen && await paging.StandDownAllAsync(change, incident.Id) > 0)
            {
                await change.AddToTimelineAsync(incident.Id, TimelineKind.PageAcknowledged, words["pagerduty.timeline.stood_down"], null);
            }

            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
            return PagerDutyRecorded.Recorded;
        }, ct);

    /// <summary>A PagerDuty user's name as plain words: no angle brackets (nothing Slack would read as a mention), one line, capped.</summary>
    private static string? Agent(string? name)
    {
        var clean = new string((name ?? "").Where(c => c is not ('<' or '>') && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? null : clean.Length > MaxAgent ? clean[..MaxAgent] : clean;
    }
}
