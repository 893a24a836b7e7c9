using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// Stakeholder updates: the executive summary sent when comms asks, the resolution summary when the incident is
/// resolved, and word to support to stop creating tickets once it is mitigated. Each records the summary as sent, the
/// stakeholder state, a timeline entry (in the workspace's <see cref="Words"/>) and the queued posts, in one transaction.
/// </summary>
public sealed class StakeholderService(Changes changes, StakeholderStore store, UpdateStore updates, StatusPageStore statusPage,
    SeverityLadder ladder, StakeholderAudiences audiences, Words words, TimeProvider time)
{
    /// <summary>The audiences that hear about the incident as it is now.</summary>
    public IReadOnlyList<StakeholderAudience> AudiencesFor(Incident incident) => audiences.For(incident, ladder.For(incident));

    public Task<StakeholderState> StateAsync(long incidentId, CancellationToken ct = default) => store.GetAsync(incidentId, ct);

    /// <summary>
    /// Sends the executive summary from the latest update to every audience that hears about the incident, as
    /// <paramref name="userId"/>. <paramref name="expectedSent"/> (from a reminder's button) refuses a second send when
    /// one went since the button was shown.
    /// </summary>
    public Task<StakeholderSendResult> SendAsync(long incidentId, string userId, int? expectedSent = null, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return new StakeholderSendResult(StakeholderSendOutcome.NotFound);
            }

            var severity = ladder.For(incident);
            var to = audiences.For(incident, severity);
            var state = await store.GetAsync(change.Transaction, incidentId);
            var refusal = to.Count == 0 ? StakeholderSendOutcome.NoAudience
                : !incident.IsOpen ? StakeholderSendOutcome.Resolved
                : expectedSent is { } expected && expected != state.Sent ? StakeholderSendOutcome.AlreadySent
                : (StakeholderSendOutcome?)null;
            if (refusal is { } refused)
            {
                return new StakeholderSendResult(refused);
            }

            var next = state.AfterSending(change.Now);
            var payload = await RecordAsync(change, incident, to, new Sending(StakeholderMessageKind.Update, next.Sent, next), userId);
            return new StakeholderSendResult(StakeholderSendOutcome.Sent, payload);
        }, ct);

    /// <summary>Sends the summary of the incident's resolution <paramref name="sequence"/>; null when nobody hears or it went already.</summary>
    public Task<StakeholderPayload?> SendResolutionAsync(long incidentId, int sequence, CancellationToken ct = default) =>
        changes.RunAsync<StakeholderPayload?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident || incident.IsOpen)
            {
                return null;
            }

            var to = audiences.For(incident, ladder.For(incident));
            var state = await store.GetAsync(change.Transaction, incidentId);
            if (to.Count == 0 || state.ResolutionSent >= sequence)
            {
                return null;
            }

            var next = state with { LastSentAt = change.Now, Missed = 0, LastReminderAt = null, Escalated = 0, ResolutionSent = sequence };
            return await RecordAsync(change, incident, to, new Sending(StakeholderMessageKind.Resolution, sequence, next), null);
        }, ct);

    /// <summary>Tells support audiences to stop creating tickets, once per incident; null when none hears or it was said.</summary>
    public Task<StakeholderPayload?> SendMitigatedAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync<StakeholderPayload?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident || !incident.IsOpen)
            {
                return null;
            }

            var to = audiences.For(incident, ladder.For(incident)).Where(a => a.TalkingPoints).ToList();
            var state = await store.GetAsync(change.Transaction, incidentId);
            if (to.Count == 0 || state.TicketsStoppedAt is not null)
            {
                return null;
            }

            var next = state with { TicketsStoppedAt = change.Now };
            return await RecordAsync(change, incident, to, new Sending(StakeholderMessageKind.Mitigated, 1, next), null);
        }, ct);

    /// <summary>
    /// Tells the audiences that the incident closed at <paramref name="closedAtMs"/> was cancelled or merged, once; only
    /// when stakeholders had been told something of it (an update, or support's word to stop tickets): an incident they
    /// never heard of is not news to them. Null when nobody is told.
    /// </summary>
    public Task<StakeholderPayload?> SendClosedAsync(long incidentId, long closedAtMs, CancellationToken ct = default) =>
        changes.RunAsync<StakeholderPayload?>(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { IsOpen: false, Outcome: not null } incident)
            {
                return null;
            }

            var to = audiences.For(incident, ladder.For(incident));
            var state = await store.GetAsync(change.Transaction, incidentId);
            if (to.Count == 0 || (state.Sent == 0 && state.TicketsStoppedAt is null))
            {
                return null;
            }

            var next = state with { LastSentAt = change.Now, Missed = 0, LastReminderAt = null, Escalated = 0 };
            return await RecordAsync(change, incident, to, new Sending(StakeholderMessageKind.Closed, 1, next, DateTimeOffset.FromUnixTimeMilliseconds(closedAtMs)), null);
        }, ct);

    /// <summary>What the executive summary would say now, for a preview; nothing is recorded.</summary>
    public async Task<ExecutiveSummary> PreviewAsync(Incident incident, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var state = await store.GetAsync(incident.Id, ct);
        var latest = incident.UpdateCount > 0 ? await updates.GetAsync(incident.Id, incident.UpdateCount, ct) : null;
        var now = time.GetUtcNow();
        var next = StakeholderPolicy.Due(incident, ladder.For(incident), state.AfterSending(now));
        var published = await statusPage.MessagesAsync(incident.Id, ct);
        return ExecutiveSummary.Of(StakeholderMessageKind.Update, state.Sent + 1, incident, latest, null, now, next, published.Count > 0 ? published[0].Text : null);
    }

    private async Task<StakeholderPayload> RecordAsync(Change change, Incident incident, IReadOnlyList<StakeholderAudience> to, Sending sending, string? userId)
    {
        var latest = incident.UpdateCount > 0 ? await updates.GetAsync(change.Transaction, incident.Id, incident.UpdateCount) : null;
        var resolution = sending.Kind == StakeholderMessageKind.Resolution
            ? await ResolutionStore.LatestAsync(change.Transaction.Connection!, change.Transaction, incident.Id)
            : null;
        var nextUpdate = StakeholderPolicy.Due(incident, ladder.For(incident), sending.After);
        var publicMessage = await StatusPageStore.LatestTextAsync(change.Transaction, incident.Id);
        var summary = ExecutiveSummary.Of(sending.Kind, sending.Number, incident, latest, resolution, sending.At ?? change.Now, nextUpdate, publicMessage);
        var payload = new StakeholderPayload(summary, to.Select(a => a.Name).ToList());

        // Queued under the message's own key first: a message already recorded (work run again after a crash) is not
        // recorded twice.
        if (!await change.QueueAsync(StakeholderWorkKinds.PostStakeholderMessage, incident.Id, JsonSerializer.Serialize(payload),
            $"stakeholders:{incident.Id}:{payload.Key}"))
        {
            return payload;
        }

        await store.SaveAsync(change.Transaction, sending.After);
        var names = string.Join(words["timeline.list_joiner"], payload.Audiences);
        await change.AddToTimelineAsync(incident.Id, TimelineKind.StakeholdersInformed,
            words.Text($"stakeholders.timeline.{sending.Kind.ToString().ToLowerInvariant()}", ("number", sending.Number), ("audiences", names)), userId);
        await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
        return payload;
    }

    /// <summary>One message being sent: its kind and number, the stakeholder state once it is, and when what it tells happened (now unless given).</summary>
    private sealed record Sending(StakeholderMessageKind Kind, int Number, StakeholderState After, DateTimeOffset? At = null);
}
