using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Compiles and stores post-mortem versions, queues their publication, and closes the review. The draft and the timeline
/// entries are in the workspace's <see cref="Words"/>: the whole team reads them.
/// </summary>
public sealed class PostmortemService(
    Database database,
    IncidentStore incidents,
    PostmortemStore postmortems,
    TimelineStore timeline,
    UpdateStore updates,
    ResolutionStore resolutions,
    OutboxStore outbox,
    SeverityLadder ladder,
    RoleCatalog roles,
    PermissionPolicy permissions,
    IncidentBotOptions options,
    IWorkSignal signal,
    TimeProvider time,
    Words words)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(options.TimeZone) ? "UTC" : options.TimeZone);

    /// <summary>
    /// <c>/incident postmortem</c>: asks for a (re)compile, and for a resolved incident whose post-mortem was not started
    /// at resolution, starts it now — stage draft, a timeline entry naming who started it, and the review reminders
    /// counted from this moment (<see cref="StartedAt"/>), as a post-mortem started at resolution has them. True when
    /// this started it. The same request key compiles once.
    /// </summary>
    public async Task<bool> RequestAsync(long incidentId, string userId, string requestKey, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var started = await database.InTransactionAsync(async tx =>
        {
            var starts = await incidents.GetAsync(tx, incidentId) is { IsOpen: false, Stage: IncidentStage.Active };
            if (starts)
            {
                await resolutions.SetStageAsync(tx, incidentId, IncidentStage.PostmortemDraft);
                await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.PostmortemStarted,
                    words["postmortem.timeline_entry.started"], userId));
                await outbox.EnqueueFollowUpsAsync(tx, incidentId, now);
                await outbox.EnqueueCoalescedAsync(tx, ResolutionWorkKinds.PostmortemSchedule, incidentId, now);
            }

            await outbox.EnqueueAsync(tx, ResolutionWorkKinds.CompilePostmortem, incidentId, requestKey, now, $"postmortem:{incidentId}:{requestKey}");
            return starts;
        }, ct);
        signal.Notify();
        return started;
    }

    /// <summary>
    /// When the open post-mortem of the current resolution started, for its review reminders: the latest "Post-mortem
    /// started" after the resolution, else the resolution itself (it was asked for then). Null when there is no open
    /// post-mortem: the incident is open, its post-mortem was never started, or its review is complete.
    /// </summary>
    public static DateTimeOffset? StartedAt(Incident incident, IReadOnlyList<TimelineEntry> entries) =>
        incident is not { IsOpen: false, ResolvedAt: { } resolvedAt, Stage: IncidentStage.PostmortemDraft or IncidentStage.PostmortemReview }
            ? null
            : entries.Where(e => e.Kind == TimelineKind.PostmortemStarted && e.OccurredAt >= resolvedAt)
                .Select(e => (DateTimeOffset?)e.OccurredAt).Max() ?? resolvedAt;

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

        var markdown = PostmortemCompiler.Compile(words, input);
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
        string[] commanderNames = [roles.Commander.Name, words.RoleName(roles.Commander)];
        var (items, resolution, related) = await database.ReadAsync(async c => (
            await ActionItemStore.ListAsync(c, null, incidentId),
            await ResolutionStore.LatestAsync(c, null, incidentId),
            await ResolutionStore.LinkedAsync(c, null, incident)), ct);
        return new PostmortemInput(incident, ladder.Get(incident.SeverityKey), roles.All, entries, items, related, resolution,
            await incidents.MembersAsync(incidentId, ct),
            CommanderTiming.FirstAssigned(await postmortems.CommanderAssignedAtAsync(incidentId, ct), entries, commanderNames),
            _zone, time.GetUtcNow(), StatusUpdates: await updates.ListAsync(incidentId, ct), Ladder: ladder);
    }

    /// <summary>
    /// Marks the review complete (stage <c>closed</c>), which stops the due reminders; the IC or an admin (anyone while there
    /// is no IC), recorded on the timeline with who did it.
    /// </summary>
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

            if (permissions.Check(incident, userId, IncidentAction.CompleteReview) is { Allowed: false } refusal)
            {
                return new ChangeResult(ChangeOutcome.Refused, incident, refusal);
            }

            await resolutions.SetStageAsync(tx, incidentId, IncidentStage.Closed);
            await timeline.AddAsync(tx, new TimelineEntry(0, incidentId, now, now, TimelineKind.PostmortemReviewed,
                words["postmortem.timeline_entry.reviewed"], userId));
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
