using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Postmortems;

/// <summary>Compiles and stores post-mortem versions, queues their publication, and closes the review.</summary>
public sealed class PostmortemService(
    SqliteDatabase database,
    IncidentStore incidents,
    PostmortemStore postmortems,
    TimelineStore timeline,
    UpdateStore updates,
    ResolutionStore resolutions,
    OutboxStore outbox,
    StandaloneWork work,
    SeverityLadder ladder,
    RoleCatalog roles,
    IncidentBotOptions options,
    IWorkSignal signal,
    TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(options.TimeZone) ? "UTC" : options.TimeZone);

    /// <summary>Asks for a (re)compile; the same request key compiles once.</summary>
    public Task RequestCompileAsync(long incidentId, string requestKey, CancellationToken ct = default) =>
        work.QueueAsync(ResolutionWorkKinds.CompilePostmortem, incidentId, requestKey, $"postmortem:{incidentId}:{requestKey}", ct);

    /// <summary>Compiles and stores the next version and queues its publication; a repeated request key returns the stored one.</summary>
    public Task<StoredPostmortem?> CompileAsync(long incidentId, string requestKey, CancellationToken ct = default) =>
        CompileAsync(incidentId, requestKey, null, ct);

    /// <summary>
    /// As <see cref="CompileAsync(long, string, CancellationToken)"/>, naming people by the names
    /// <paramref name="lookUpNames"/> gives for their user IDs (the host asks Slack's directory; Core never calls Slack).
    /// </summary>
    public async Task<StoredPostmortem?> CompileAsync(long incidentId, string requestKey,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>>? lookUpNames,
        CancellationToken ct = default)
    {
        if (await LoadAsync(incidentId, ct) is not { } input)
        {
            return null;
        }

        if (lookUpNames is not null)
        {
            input = input with { UserNames = await lookUpNames(input.People(), ct) };
        }

        var markdown = PostmortemCompiler.Compile(input);
        var stored = await database.InTransactionAsync(async tx =>
        {
            if (await postmortems.FindByRequestKeyAsync(tx, incidentId, requestKey) is { } existing)
            {
                return existing;
            }

            var added = await postmortems.AddAsync(tx, incidentId, requestKey, markdown, input.CompiledAt);
            await outbox.EnqueueAsync(tx, ResolutionWorkKinds.PublishPostmortem, incidentId,
                added.Version.ToString(CultureInfo.InvariantCulture), input.CompiledAt, $"postmortem-publish:{incidentId}:v{added.Version}");
            return added;
        }, ct);
        signal.Notify();
        return stored;
    }

    /// <summary>Reads everything the draft is compiled from.</summary>
    public async Task<PostmortemInput?> LoadAsync(long incidentId, CancellationToken ct = default)
    {
        if (await incidents.GetAsync(incidentId, ct) is not { } incident)
        {
            return null;
        }

        var entries = await timeline.ListAsync(incidentId, ct);
        var commander = roles.All.First(r => r.Key == RoleCatalog.IncidentCommander).Name;
        var (items, resolution, related) = await database.ReadAsync(async c => (
            await ActionItemStore.ListAsync(c, null, incidentId),
            await ResolutionStore.LatestAsync(c, null, incidentId),
            await ResolutionStore.LinkedAsync(c, null, incident)), ct);
        return new PostmortemInput(incident, ladder.Get(incident.SeverityKey), roles.All, entries, items, related, resolution,
            await incidents.MembersAsync(incidentId, ct),
            CommanderTiming.FirstAssigned(await postmortems.CommanderAssignedAtAsync(incidentId, ct), entries, commander),
            _zone, time.GetUtcNow(), StatusUpdates: await updates.ListAsync(incidentId, ct));
    }

    /// <summary>Marks the review complete (stage <c>closed</c>), which stops the due reminders.</summary>
    public async Task<ChangeResult> CompleteReviewAsync(long incidentId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (incident.Stage == IncidentStage.Closed)
            {
                return new ChangeResult(ChangeOutcome.Unchanged, incident);
            }

            if (incident.IsOpen)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            await resolutions.SetStageAsync(tx, incidentId, IncidentStage.Closed);
            await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.PostmortemReviewed,
                "Post-mortem review complete", userId));
            await outbox.EnqueueFollowUpsAsync(tx, incidentId, now);
            await outbox.EnqueueCoalescedAsync(tx, ResolutionWorkKinds.PostmortemSchedule, incidentId, now);
            return new ChangeResult(ChangeOutcome.Done, await incidents.GetAsync(tx, incidentId));
        }, ct);
        if (result.Changed)
        {
            signal.Notify();
        }

        return result;
    }
}
