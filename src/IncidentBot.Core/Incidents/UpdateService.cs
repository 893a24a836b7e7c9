using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Posting a status update: the numbered update, the incident's status and last-update time, the cadence restarting
/// from it, timeline entries (in the workspace's <see cref="Words"/>) and the queued Slack post, in one transaction.
/// </summary>
public sealed class UpdateService(Changes changes, SeverityLadder ladder, Words words, Integrations.StatuspageDispatch? statuspage = null)
{
    public Task<UpdateResult> PostAsync(UpdateRequest request, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var incident = await change.GetIncidentAsync(request.IncidentId) ?? throw new KeyNotFoundException($"No incident {request.IncidentId}.");
            if (await change.FindUpdateByKeyAsync(request.IdempotencyKey) is { } existing)
            {
                return new UpdateResult(incident, existing);
            }

            if (!incident.IsOpen || request.Status == IncidentStatus.Resolved)
            {
                return new UpdateResult(incident, null);
            }

            var cadence = await change.GetCadenceAsync(incident.Id);
            var update = Build(incident, cadence, request, change.Now);
            await change.InsertUpdateAsync(update, request.IdempotencyKey);
            await RecordAsync(change, incident, cadence, update);
            if (request.Public is { } post)
            {
                await PublicRecord.RecordAsync(change, words, incident, post, request.UserId, request.IdempotencyKey, statuspage);
            }

            return new UpdateResult((await change.GetIncidentAsync(incident.Id))!, update);
        }, ct);

    private StatusUpdate Build(Incident incident, CadenceState state, UpdateRequest request, DateTimeOffset now)
    {
        var severity = ladder.For(incident);
        var details = request.Details ?? UpdateDetails.None;
        details = details with { Assessment = details.Assessment && AssessmentPolicy.IsOutstanding(incident, severity, state) };
        DateTimeOffset? next = severity.UpdateCadence is { } cadence
            ? now + (request.NextUpdateIn is { } asked && asked > TimeSpan.Zero && asked < cadence ? asked : cadence)
            : null;
        return new StatusUpdate
        {
            IncidentId = incident.Id, Number = incident.UpdateCount + 1, SeverityKey = severity.Key,
            Status = request.Status ?? incident.Status, PreviousStatus = incident.Status, Summary = request.Summary.Trim(),
            Impact = Blank(request.Impact), Hypothesis = Blank(request.Hypothesis), NextSteps = Blank(request.NextSteps),
            Eta = Blank(request.Eta), Confidence = Blank(request.Confidence), NextUpdateAt = next,
            PostedBy = request.UserId, PostedAt = now, Details = Clean(details),
        };
    }

    private async Task RecordAsync(Change change, Incident incident, CadenceState cadence, StatusUpdate update)
    {
        var state = cadence.For(change.Now) with
        {
            PromisedAt = update.NextUpdateAt, AssessedAt = update.Details.Assessment ? change.Now : cadence.AssessedAt,
        };
        if (update.Status == IncidentStatus.Monitoring && update.PreviousStatus != IncidentStatus.Monitoring)
        {
            state = state with { MonitoringSince = change.Now };
        }

        await change.SaveCadenceAsync(state);
        if (update.Status == IncidentStatus.Monitoring && incident.MitigatedAt is null)
        {
            // Mitigated for the first time: support hears it can stop creating tickets for this incident.
            await change.QueueAsync(Stakeholders.StakeholderWorkKinds.SendMitigated, incident.Id, "", $"stakeholders-mitigated:{incident.Id}");
        }

        if (update.Status != update.PreviousStatus)
        {
            await change.AddToTimelineAsync(incident.Id, TimelineKind.StatusChanged,
                words.Text("timeline.status_changed", ("from", words.Status(update.PreviousStatus)), ("to", words.Status(update.Status))), update.PostedBy);
        }

        await change.AddToTimelineAsync(incident.Id, TimelineKind.UpdatePosted,
            words.Text(update.Details.Assessment ? "timeline.assessment_posted" : "timeline.update_posted",
                ("number", update.Number), ("status", words.Status(update.Status)), ("summary", update.Summary)),
            update.PostedBy);
        await change.QueueAsync(CadenceWorkKinds.PostUpdate, incident.Id, JsonSerializer.Serialize(new UpdatePayload(update.Number)),
            $"update:{incident.Id}:{update.Number}");
        await change.QueueFollowUpsAsync(incident.Id);
    }

    private static UpdateDetails Clean(UpdateDetails details) => details with
    {
        SinceLast = Blank(details.SinceLast), Services = Blank(details.Services), Customers = Blank(details.Customers),
        RevenueImpact = Blank(details.RevenueImpact), SlaRisk = Blank(details.SlaRisk),
        Steps = details.Steps.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => s with { Text = s.Text.Trim() }).ToList(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
