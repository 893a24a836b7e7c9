using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// An incident's checklists: copied from its type when declared, ticked by anyone in its channel (each tick a timeline
/// entry, in the workspace's <see cref="Words"/>), and read when resolving.
/// </summary>
public sealed class ChecklistService(Changes changes, ChecklistStore checklists, CadenceStore cadence, SeverityLadder ladder, Words words, TimeProvider time)
{
    public Task<IReadOnlyList<ChecklistItem>> ListAsync(long incidentId, CancellationToken ct = default) => checklists.ListAsync(incidentId, ct);

    /// <summary>
    /// Copies the type's lists onto the new incident inside the declaring change; the practice's channel item starts
    /// ticked, as declaring opened the channel.
    /// </summary>
    public static async Task StartAsync(Change change, Words words, Incident incident, IncidentType type)
    {
        ArgumentNullException.ThrowIfNull(change);
        var all = new List<ChecklistItem>();
        foreach (var kind in Enum.GetValues<ChecklistKind>())
        {
            var items = PracticeChecklists.Items(words, type, kind);
            for (var i = 0; i < items.Count; i++)
            {
                var done = kind == ChecklistKind.Activation && i + 1 == PracticeChecklists.ChannelItem && PracticeChecklists.IsPractice(type, kind);
                all.Add(new ChecklistItem(incident.Id, kind, i + 1, items[i], null, done ? change.Now : null));
            }
        }

        await change.AddChecklistItemsAsync(all);
    }

    /// <summary>
    /// Ticks or unticks one item for <paramref name="userId"/>; when that changed it, records it on the timeline and
    /// queues the checklist message <paramref name="messageTs"/> to be rewritten. False when nothing changed.
    /// </summary>
    public Task<bool> SetAsync(long incidentId, ChecklistKind kind, int number, bool ticked, string userId, string? messageTs, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var changed = ticked
                ? await change.TickChecklistItemAsync(incidentId, kind, number, userId)
                : await change.UntickChecklistItemAsync(incidentId, kind, number);
            if (!changed)
            {
                return false;
            }

            var item = (await change.ListChecklistAsync(incidentId)).First(i => i.Kind == kind && i.Number == number);
            await change.AddToTimelineAsync(incidentId, TimelineKind.ChecklistTicked, words.Text(ticked ? "types.timeline.ticked" : "types.timeline.unticked",
                ("user", userId), ("item", item.Text), ("list", words[$"types.checklist.{kind.ToString().ToLowerInvariant()}"])), userId);
            if (messageTs is not null)
            {
                await change.QueueAsync(TypeWorkKinds.RefreshChecklist, incidentId, messageTs);
            }

            return true;
        }, ct);

    /// <summary>Why resolving the incident now may be early, if it may.</summary>
    public async Task<ResolveCaution> CautionAsync(Incident incident, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var items = await checklists.ListAsync(incident.Id, ct);
        var state = await cadence.GetAsync(incident.Id, ct);
        return ResolveCaution.For(incident, ladder.For(incident), state, items, time.GetUtcNow());
    }
}
