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
    Changes changes,
    Database database,
    IncidentStore incidents,
    PostmortemStore postmortems,
    TimelineStore timeline,
    UpdateStore updates,
    SeverityLadder ladder,
    RoleCatalog roles,
    PermissionPolicy permissions,
    IncidentBotOptions options,
    TimeProvider time,
    Words words,
    Breaches.BreachService breaches,
    PageStore pages)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(options.TimeZone) ? "UTC" : options.TimeZone);

    /// <summary>
    /// <c>/incident postmortem</c>: asks for a (re)compile, and for a resolved incident whose post-mortem was not started
    /// at resolution, starts it now — stage draft, a timeline entry naming who started it, and the review reminders
    /// counted from this moment (<see cref="StartedAt"/>), as a post-mortem started at resolution has them. True when
    /// this started it. The same request key compiles once.
    /// </summary>
    public Task<bool> RequestAsync(long incidentId, string userId, string requestKey, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var starts = await change.GetIncidentAsync(incidentId) is { IsOpen: false, Stage: IncidentStage.Active };
            if (starts)
            {
                await change.SetStageAsync(incidentId, IncidentStage.PostmortemDraft);
                await change.AddToTimelineAsync(incidentId, TimelineKind.PostmortemStarted, words["postmortem.timeline_entry.started"], userId);
                await change.QueueFollowUpsAsync(incidentId);
                await change.QueueCoalescedAsync(ResolutionWorkKinds.PostmortemSchedule, incidentId);
            }

            await change.QueueAsync(ResolutionWorkKinds.CompilePostmortem, incidentId, requestKey, $"postmortem:{incidentId}:{requestKey}");
            return starts;
        }, ct);

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

    /// <summary>
    /// Compiles and stores the next version, marked with what changed since the previous one, and queues its
    /// publication; a repeated request key returns the stored one.
    /// </summary>
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
        return await changes.RunAsync(async change =>
        {
            if (await change.FindPostmortemByKeyAsync(incidentId, requestKey) is { } existing)
            {
                return existing;
            }

            // A recompile says under its title which sections changed since the version before it.
            var previous = await change.LatestPostmortemAsync(incidentId);
            var marked = previous is null ? markdown
                : PostmortemChanges.Mark(words, markdown, previous.Version, PostmortemChanges.Between(previous.Markdown, markdown));
            var added = await change.AddPostmortemAsync(incidentId, requestKey, marked, input.CompiledAt);
            await change.QueueAsync(ResolutionWorkKinds.PublishPostmortem, incidentId,
                added.Version.ToString(CultureInfo.InvariantCulture), $"postmortem-publish:{incidentId}:v{added.Version}");
            if (await change.GetIncidentAsync(incidentId) is { Stage: IncidentStage.Closed } reviewed)
            {
                await QueueConfluenceAsync(change, reviewed, added.Version);
            }

            return added;
        }, ct);
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
        return new PostmortemInput(incident, ladder.For(incident), roles.All, entries, items, related, resolution,
            await incidents.MembersAsync(incidentId, ct),
            CommanderTiming.FirstAssigned(await postmortems.CommanderAssignedAtAsync(incidentId, ct), entries, commanderNames),
            _zone, time.GetUtcNow(), StatusUpdates: await updates.ListAsync(incidentId, ct), Ladder: ladder,
            ActionItemsDueWithin: options.ActionItemsDueWithin,
            Breach: new Breaches.BreachRecord(breaches.ClockOf(incident), await breaches.StateAsync(incidentId, ct)))
        {
            Pages = await pages.ListAsync(incidentId, ct),
        };
    }

    /// <summary>
    /// Marks the review complete (stage <c>closed</c>), which stops the due reminders; the IC or an admin (anyone while there
    /// is no IC), recorded on the timeline with who did it.
    /// </summary>
    public Task<ChangeResult> CompleteReviewAsync(long incidentId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
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

            await change.SetStageAsync(incidentId, IncidentStage.Closed);
            await change.AddToTimelineAsync(incidentId, TimelineKind.PostmortemReviewed, words["postmortem.timeline_entry.reviewed"], userId);
            await change.QueueFollowUpsAsync(incidentId);
            await change.QueueCoalescedAsync(ResolutionWorkKinds.PostmortemSchedule, incidentId);
            await change.QueueCoalescedAsync(OutcomeWorkKinds.ArchiveSchedule, incidentId);
            if (await change.LatestPostmortemAsync(incidentId) is { } latest)
            {
                await QueueConfluenceAsync(change, incident, latest.Version);
            }

            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incidentId));
        }, ct);

    /// <summary>
    /// With Confluence on, queues the page's publication of <paramref name="version"/>: on review complete, and for each
    /// version compiled after it. Never a private incident's post-mortem.
    /// </summary>
    private async Task QueueConfluenceAsync(Change change, Incident incident, int version)
    {
        if (options.Confluence.IsOn && !incident.IsPrivate)
        {
            await Integrations.TicketWorkKinds.QueueConfluenceAsync(change, incident.Id, version);
        }
    }
}
