using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// What Opsgenie reports back about an incident's alert: an acknowledgement or a close there is a timeline entry here
/// (once per action, however often it is delivered), and an acknowledgement stands down the bot's own pages for the
/// incident. Entries are in the workspace's <see cref="Words"/>.
/// </summary>
public sealed class OpsgenieFeedback(Changes changes, PagingService paging, Words words)
{
    /// <summary>The longest Opsgenie user name put on the timeline.</summary>
    public const int MaxUser = 80;

    /// <summary>True when recorded; false for a redelivery or an alert that is not one of ours.</summary>
    public Task<bool> RecordAsync(OpsgenieNotice notice, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return changes.RunAsync(async change =>
        {
            if (!OpsgenieWorkKinds.TryParseAlias(notice.Alias, out var number) || await change.GetIncidentByNumberAsync(number) is not { } incident)
            {
                return false;
            }

            var acknowledged = notice.Acknowledged;
            var text = User(notice.User) is { } user
                ? words.Text(acknowledged ? "opsgenie.timeline.acknowledged_by" : "opsgenie.timeline.closed_by", ("who", user))
                : words[acknowledged ? "opsgenie.timeline.acknowledged" : "opsgenie.timeline.closed"];
            var entry = new TimelineEntry(0, incident.Id, change.Now, change.Now,
                acknowledged ? TimelineKind.PageAcknowledged : TimelineKind.AlertResolved, text, null);
            var action = acknowledged ? "ack" : "close";
            if (!await change.AddToTimelineAsync(entry, $"opsgenie:{action}:{notice.AlertId}:{notice.Stamp}"))
            {
                return false;
            }

            if (acknowledged && incident.IsOpen && await paging.StandDownAllAsync(change, incident.Id) > 0)
            {
                await change.AddToTimelineAsync(incident.Id, TimelineKind.PageAcknowledged, words["opsgenie.timeline.stood_down"], null);
            }

            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
            return true;
        }, ct);
    }

    /// <summary>An Opsgenie user's name as plain words: no angle brackets, one line, capped.</summary>
    private static string? User(string? name)
    {
        var clean = new string((name ?? "").Where(c => c is not ('<' or '>') && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? null : clean.Length > MaxUser ? clean[..MaxUser] : clean;
    }
}
