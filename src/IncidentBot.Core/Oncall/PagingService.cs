using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Oncall;

/// <summary>
/// Paging: a chain pages one person at a time (a rotation's primary, its secondary, the severity's escalation target;
/// or one person by name), each with the severity's ack window. An acknowledgement stands the chain down and makes the
/// acknowledger IC when nobody is; a decline or a window passed unanswered pages the next at once. Each step is a
/// timeline entry (in the workspace's <see cref="Words"/>), its DM queued work, in one transaction.
/// </summary>
public sealed partial class PagingService(
    Changes changes, PageStore pages, RotationService rotations, RoleService roles, IncidentBotOptions options, SeverityLadder ladder, Words words)
{
    /// <summary>The chain paged on declare.</summary>
    public const string DeclareChain = "declare";

    /// <summary>Who a chain of <paramref name="rotation"/> pages now, in order: primary, secondary, the severity's target (a user).</summary>
    public async Task<IReadOnlyList<PageCandidate>> CandidatesAsync(string rotation, string severityKey, CancellationToken ct = default)
    {
        var shift = await rotations.ShiftAsync(rotation, null, ct);
        return Chain([.. new[] { shift?.Primary, shift?.Secondary }.OfType<string>()], severityKey);
    }

    /// <summary>
    /// Pages the people on call outside the bot (PagerDuty's schedule: <paramref name="onCall"/>, primary first) on a newly
    /// declared incident. When <paramref name="unavailable"/> says why they could not be read, the timeline says so and the
    /// chain starts at the severity's escalation target. Null when it paged nobody (or had already).
    /// </summary>
    public Task<Page?> PageOnDeclareAsync(long incidentId, string rotation, IReadOnlyList<string> onCall, string? unavailable, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident || await pages.StartedAsync(change.Transaction, incidentId, DeclareChain))
            {
                return null;
            }

            if (unavailable is not null)
            {
                await change.AddToTimelineAsync(incidentId, TimelineKind.PageMissed,
                    words.Text("pagerduty.oncall.fallback", ("rotation", rotation), ("why", unavailable)), null);
            }

            return await PageInAsync(change, incident, new PageLink(DeclareChain, 0, rotation, null), Chain(onCall, incident.SeverityKey), null);
        }, ct);

    /// <summary>The first two of <paramref name="onCall"/> as primary and secondary, then the severity's target when it is a user not among them.</summary>
    private List<PageCandidate> Chain(IReadOnlyList<string> onCall, string severityKey)
    {
        var candidates = new List<PageCandidate>();
        foreach (var (user, position) in onCall.Distinct(StringComparer.Ordinal).Take(2).Zip([PagePosition.Primary, PagePosition.Secondary]))
        {
            candidates.Add(new PageCandidate(user, position));
        }

        if (Target(severityKey) is { } target && UserId().IsMatch(target) && candidates.All(c => c.UserId != target))
        {
            candidates.Add(new PageCandidate(target, PagePosition.Target));
        }

        return candidates;
    }

    /// <summary>Pages the rotation answering a newly declared incident; null when it paged nobody (or had already).</summary>
    public async Task<Page?> PageOnDeclareAsync(long incidentId, string rotation, CancellationToken ct = default)
    {
        var severity = await changes.RunAsync(async change => (await change.GetIncidentAsync(incidentId))?.SeverityKey, ct);
        return severity is null ? null : await StartAsync(incidentId, DeclareChain, await CandidatesAsync(rotation, severity, ct), rotation, null, null, ct);
    }

    /// <summary>Starts the chain <paramref name="chain"/> with its first candidate; null when it paged nobody.</summary>
    public Task<Page?> StartAsync(long incidentId, string chain, IReadOnlyList<PageCandidate> candidates, string? rotation, string? message,
        string? pagedBy, CancellationToken ct = default) =>
        changes.RunAsync(async change => await change.GetIncidentAsync(incidentId) is { } incident
            ? await PageInAsync(change, incident, new PageLink(chain, 0, rotation, message), candidates, pagedBy)
            : null, ct);

    /// <summary>Handles the incident's pages whose ack window has passed: each is recorded unanswered and its chain moves on.</summary>
    public Task<int> ExpireDueAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return 0;
            }

            var handled = 0;
            foreach (var page in await pages.DueAsync(change.Transaction, incidentId, change.Now))
            {
                if (!await pages.MarkAsync(change.Transaction, page.Id, PageMark.Expired, change.Now))
                {
                    continue;
                }

                handled++;
                await change.AddToTimelineAsync(incidentId, TimelineKind.PageMissed,
                    words.Text("oncall.timeline.unanswered", ("user", Mention(page.UserId)), ("window", words.Duration(page.Window))), null);
                await MoveOnAsync(change, incident, page);
            }

            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
            return handled;
        }, ct);

    /// <summary>
    /// <paramref name="userId"/> acknowledges page <paramref name="pageId"/>: the rest of its chain stands down, they become
    /// IC when nobody is, and join the incident. Only the person paged can; a page answered already stays as it was.
    /// </summary>
    public Task<PageAnswer> AcknowledgeAsync(long pageId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await AnswerableAsync(change, pageId, userId, PageMark.Acknowledged) is { } refused)
            {
                return refused;
            }

            var page = (await pages.GetAsync(change.Transaction, pageId))!;
            var incident = (await change.GetIncidentAsync(page.IncidentId))!;
            await pages.StandDownAsync(change.Transaction, incident.Id, page.Chain, change.Now);
            await change.AddToTimelineAsync(incident.Id, TimelineKind.PageAcknowledged,
                words.Text("oncall.timeline.acknowledged", ("user", Mention(userId)), ("after", words.Duration(change.Now - page.PagedAt))), userId);
            var commander = incident.Commander is null && await roles.AssignAsync(change,
                new RoleAssignment(incident.Id, RoleCatalog.IncidentCommander, userId, userId) { Expected = ExpectedHolder.Vacant })
                is RoleAssignmentResult.Assigned;
            if (!commander)
            {
                await change.AddMemberAsync(incident.Id, userId);
                await change.QueueAsync(OncallWorkKinds.JoinPaged, incident.Id, OncallWorkKinds.Serialize(new PagePayload(pageId)), $"page-join:{pageId}");
            }

            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
            return new PageAnswer(PageAnswerKind.Recorded, page, commander);
        }, ct);

    /// <summary><paramref name="userId"/> cannot take page <paramref name="pageId"/>: its chain pages the next at once.</summary>
    public Task<PageAnswer> DeclineAsync(long pageId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await AnswerableAsync(change, pageId, userId, PageMark.Declined) is { } refused)
            {
                return refused;
            }

            var page = (await pages.GetAsync(change.Transaction, pageId))!;
            var incident = (await change.GetIncidentAsync(page.IncidentId))!;
            await change.AddToTimelineAsync(incident.Id, TimelineKind.PageMissed, words.Text("oncall.timeline.declined", ("user", Mention(userId))), userId);
            await MoveOnAsync(change, incident, page);
            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
            return new PageAnswer(PageAnswerKind.Recorded, page);
        }, ct);

    /// <summary>
    /// Stands down every open page of the incident in <paramref name="change"/>: it was acknowledged outside the bot
    /// (PagerDuty), so no chain pages anyone further. Returns how many pages were waiting.
    /// </summary>
    public Task<int> StandDownAllAsync(Change change, long incidentId) => pages.StandDownAllAsync(change.Transaction, incidentId, change.Now);

    public Task<DateTimeOffset?> NextDueAsync(long incidentId, CancellationToken ct = default) => pages.NextDueAsync(incidentId, ct);

    /// <summary>Null when the page can be answered (and now is marked); otherwise why not.</summary>
    private async Task<PageAnswer?> AnswerableAsync(Change change, long pageId, string userId, PageMark mark)
    {
        if (await pages.GetAsync(change.Transaction, pageId) is not { } page)
        {
            return new PageAnswer(PageAnswerKind.NotFound, null);
        }

        if (page.UserId != userId)
        {
            return new PageAnswer(PageAnswerKind.NotYours, page);
        }

        return await pages.MarkAsync(change.Transaction, pageId, mark, change.Now) ? null : new PageAnswer(PageAnswerKind.AlreadyAnswered, page);
    }

    /// <summary>Pages the next in <paramref name="page"/>'s chain, unless the incident is resolved.</summary>
    private async Task MoveOnAsync(Change change, Incident incident, Page page)
    {
        if (incident.IsOpen)
        {
            await PageInAsync(change, incident, new PageLink(page.Chain, page.Step + 1, page.Rotation, page.Message)
            {
                Unanswered = page.Position == PagePosition.Person ? page.UserId : null,
            }, page.Next, null);
        }
    }

    private async Task<Page?> PageInAsync(Change change, Incident incident, PageLink link, IReadOnlyList<PageCandidate> candidates, string? pagedBy)
    {
        if (candidates.Count == 0)
        {
            // A person paged by name is one step of its own: the channel hears they did not answer, the severity's target is not pulled in.
            var target = link.Unanswered is null && Target(incident.SeverityKey) is { } t && !UserId().IsMatch(t) ? t : null;
            if (await change.QueueAsync(OncallWorkKinds.PagesExhausted, incident.Id,
                OncallWorkKinds.Serialize(new ExhaustedPayload(link.Chain, target, link.Unanswered)),
                $"pages-exhausted:{incident.Id}:{link.Chain}"))
            {
                await change.AddToTimelineAsync(incident.Id, TimelineKind.PageMissed, link.Step == 0
                    ? words.Text("oncall.timeline.nobody", ("rotation", link.Rotation ?? "—"))
                    : words["oncall.timeline.exhausted"], null);
            }

            return null;
        }

        var first = candidates[0];
        var window = OncallPolicy.AckWindow(options, ladder, incident.SeverityKey);
        var page = await pages.InsertAsync(change.Transaction, new Page(0, incident.Id, link.Chain, link.Step, first.UserId, link.Rotation,
            first.Position, candidates.Skip(1).ToList(), link.Message, pagedBy, change.Now, change.Now + window));
        if (page is null)
        {
            return null;
        }

        await change.AddToTimelineAsync(incident.Id, TimelineKind.Paged, words.Text($"oncall.timeline.paged.{first.Position.ToString().ToLowerInvariant()}",
            ("user", Mention(first.UserId)), ("rotation", link.Rotation ?? ""), ("window", words.Duration(window))), pagedBy);
        await change.QueueAsync(OncallWorkKinds.PostPage, incident.Id, OncallWorkKinds.Serialize(new PagePayload(page.Id)), OncallWorkKinds.PageKey(page.Id));
        await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
        return page;
    }

    private string? Target(string severityKey) =>
        options.Severities.FirstOrDefault(s => string.Equals(s.Key, severityKey, StringComparison.OrdinalIgnoreCase)).Value?.EscalationTarget?.Trim() is { Length: > 0 } t
            ? t : null;

    private static string Mention(string userId) => $"<@{userId}>";

    /// <summary>
    /// Where a page sits: its chain, step, the rotation it came from and the message it carries; after a page by name,
    /// whoever did not answer it.
    /// </summary>
    private sealed record PageLink(string Chain, int Step, string? Rotation, string? Message)
    {
        public string? Unanswered { get; init; }
    }

    [GeneratedRegex("^[UW][A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();
}
