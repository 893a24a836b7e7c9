using System.Data;
using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Posting a status update: the numbered update, the incident's status and last-update time, the cadence restarting
/// from it, timeline entries (in the workspace's <see cref="Words"/>) and the queued Slack post, in one transaction.
/// </summary>
public sealed class UpdateService(
    Database database,
    IncidentStore incidents,
    UpdateStore updates,
    CadenceStore cadence,
    TimelineStore timeline,
    OutboxStore outbox,
    SeverityLadder ladder,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    public async Task<UpdateResult> PostAsync(UpdateRequest request, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            var incident = await incidents.GetAsync(tx, request.IncidentId) ?? throw new KeyNotFoundException($"No incident {request.IncidentId}.");
            if (await updates.FindByIdempotencyKeyAsync(tx, request.IdempotencyKey) is { } existing)
            {
                return new UpdateResult(incident, existing);
            }

            if (!incident.IsOpen || request.Status == IncidentStatus.Resolved)
            {
                return new UpdateResult(incident, null);
            }

            var update = Build(incident, request, now);
            await updates.InsertAsync(tx, update, request.IdempotencyKey);
            await RecordAsync(tx, incident, update);
            return new UpdateResult((await incidents.GetAsync(tx, incident.Id))!, update);
        }, ct);

        signal.Notify();
        return result;
    }

    private StatusUpdate Build(Incident incident, UpdateRequest request, DateTimeOffset now)
    {
        var severity = ladder.Get(incident.SeverityKey);
        DateTimeOffset? next = severity.UpdateCadence is { } cadence
            ? now + (request.NextUpdateIn is { } asked && asked > TimeSpan.Zero && asked < cadence ? asked : cadence)
            : null;
        return new StatusUpdate
        {
            IncidentId = incident.Id, Number = incident.UpdateCount + 1, SeverityKey = severity.Key,
            Status = request.Status ?? incident.Status, PreviousStatus = incident.Status, Summary = request.Summary.Trim(),
            Impact = Blank(request.Impact), Hypothesis = Blank(request.Hypothesis), NextSteps = Blank(request.NextSteps),
            Eta = Blank(request.Eta), Confidence = Blank(request.Confidence), NextUpdateAt = next,
            PostedBy = request.UserId, PostedAt = now,
        };
    }

    private async Task RecordAsync(IDbTransaction tx, Incident incident, StatusUpdate update)
    {
        var now = update.PostedAt;
        var state = (await cadence.GetAsync(tx, incident.Id)).For(now) with { PromisedAt = update.NextUpdateAt };
        if (update.Status == IncidentStatus.Monitoring && update.PreviousStatus != IncidentStatus.Monitoring)
        {
            state = state with { MonitoringSince = now };
        }

        await cadence.SaveAsync(tx, state);
        if (update.Status != update.PreviousStatus)
        {
            await timeline.AddAsync(tx, Entry(incident.Id, now, TimelineKind.StatusChanged,
                words.Text("timeline.status_changed", ("from", words.Status(update.PreviousStatus)), ("to", words.Status(update.Status))), update.PostedBy));
        }

        await timeline.AddAsync(tx, Entry(incident.Id, now, TimelineKind.UpdatePosted,
            words.Text("timeline.update_posted", ("number", update.Number), ("status", words.Status(update.Status)), ("summary", update.Summary)),
            update.PostedBy));
        await outbox.EnqueueAsync(tx, CadenceWorkKinds.PostUpdate, incident.Id, JsonSerializer.Serialize(new UpdatePayload(update.Number)), now,
            $"update:{incident.Id}:{update.Number}");
        await outbox.EnqueueFollowUpsAsync(tx, incident.Id, now);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static TimelineEntry Entry(long incidentId, DateTimeOffset at, TimelineKind kind, string text, string? user) =>
        new(0, incidentId, at, at, kind, text, user);
}
