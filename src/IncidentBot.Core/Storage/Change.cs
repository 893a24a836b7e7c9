using System.Data;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Storage;

/// <summary>
/// One run of a change inside its write transaction (<see cref="Changes.RunAsync{T}"/>): the stores' reads and writes
/// bound to the transaction, the queue of Slack work, and <see cref="Now"/>, which every row written and every item
/// queued carries. The SQL stays in the stores; this only binds them to the transaction and the instant.
/// </summary>
public sealed class Change
{
    private readonly Changes _stores;
    private readonly IDbTransaction _tx;

    internal Change(Changes stores, IDbTransaction tx, DateTimeOffset now)
    {
        _stores = stores;
        _tx = tx;
        Now = now;
    }

    /// <summary>When the change happens: the same instant for everything it records.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The write transaction, for a feature's own store (<see cref="BreachStore"/>) to join.</summary>
    internal IDbTransaction Transaction => _tx;

    /// <summary>Whether this run added work to the queue; the queue is woken after the commit when it did.</summary>
    internal bool Queued { get; private set; }

    public Task<Incident?> GetIncidentAsync(long id) => _stores.Incidents.GetAsync(_tx, id);

    public Task<Incident?> GetIncidentByNumberAsync(int number) => _stores.Incidents.GetByNumberAsync(_tx, number);

    public Task<Incident?> FindIncidentByKeyAsync(string idempotencyKey) => _stores.Incidents.FindByIdempotencyKeyAsync(_tx, idempotencyKey);

    /// <inheritdoc cref="IncidentStore.TryInsertAsync"/>
    public Task<Incident?> TryInsertIncidentAsync(NewIncident incident) => _stores.Incidents.TryInsertAsync(_tx, incident);

    public Task SetTitleAsync(long incidentId, string title) => _stores.Incidents.SetTitleAsync(_tx, incidentId, title);

    /// <summary>Makes <paramref name="userId"/> the holder of the role, whoever held it.</summary>
    public Task SetRoleAsync(long incidentId, string roleKey, string userId) => _stores.Incidents.SetRoleAsync(_tx, incidentId, roleKey, userId, Now);

    /// <inheritdoc cref="RoleStore.TrySetAsync"/>
    public Task<bool> TrySetRoleAsync(long incidentId, string roleKey, string? expected, string userId) =>
        _stores.Roles.TrySetAsync(_tx, incidentId, roleKey, expected, userId, Now);

    public Task AddMemberAsync(long incidentId, string userId) => _stores.Incidents.AddMemberAsync(_tx, incidentId, userId, Now);

    public Task RemoveMemberAsync(long incidentId, string userId) => _stores.Incidents.RemoveMemberAsync(_tx, incidentId, userId);

    public Task<bool> IsMemberAsync(long incidentId, string userId) => _stores.Incidents.IsMemberAsync(_tx, incidentId, userId);

    /// <summary>Adds an entry that occurred now; false when <paramref name="sourceKey"/> was already recorded.</summary>
    public Task<bool> AddToTimelineAsync(long incidentId, TimelineKind kind, string text, string? userId, string? sourceKey = null) =>
        AddToTimelineAsync(new TimelineEntry(0, incidentId, Now, Now, kind, text, userId), sourceKey);

    /// <inheritdoc cref="TimelineStore.AddAsync"/>
    public Task<bool> AddToTimelineAsync(TimelineEntry entry, string? sourceKey = null) => _stores.Timeline.AddAsync(_tx, entry, sourceKey);

    /// <inheritdoc cref="RoleStore.LatestTimelineEntryIdAsync"/>
    public Task<long> LatestTimelineEntryIdAsync(long incidentId) => _stores.Roles.LatestTimelineEntryIdAsync(_tx, incidentId);

    /// <inheritdoc cref="OutboxStore.EnqueueAsync"/>
    public async Task<bool> QueueAsync(string kind, long? incidentId, string payload, string? dedupeKey = null) =>
        Noted(await _stores.Outbox.EnqueueAsync(_tx, kind, incidentId, payload, Now, dedupeKey));

    /// <summary>
    /// Queues work under <paramref name="dedupeKey"/>, or queues finished work under it again
    /// (<see cref="OutboxStore.EnqueueOrReopenAsync"/>); returns whether it was queued now.
    /// </summary>
    public async Task<bool> QueueOrReopenAsync(string kind, long? incidentId, string payload, string dedupeKey) =>
        Noted(await _stores.Outbox.EnqueueOrReopenAsync(_tx, kind, incidentId, payload, Now, dedupeKey));

    /// <summary>
    /// Queues work of <paramref name="kind"/> for the incident unless one is already waiting
    /// (<see cref="OutboxStore.EnqueueCoalescedAsync"/>); returns whether it was queued now.
    /// </summary>
    public async Task<bool> QueueCoalescedAsync(string kind, long incidentId) =>
        Noted(await _stores.Outbox.EnqueueCoalescedAsync(_tx, kind, incidentId, Now) > 0);

    /// <summary>
    /// Queues what every state change needs afterwards: rewriting the brief and headline in place, and bringing the
    /// incident's scheduled reminders in line with its new state.
    /// </summary>
    public async Task QueueFollowUpsAsync(long incidentId)
    {
        await QueueCoalescedAsync(WorkKinds.RefreshMessages, incidentId);
        await QueueCoalescedAsync(WorkKinds.SyncSchedule, incidentId);
    }

    private bool Noted(bool queued)
    {
        Queued |= queued;
        return queued;
    }

    public Task<CadenceState> GetCadenceAsync(long incidentId) => _stores.Cadence.GetAsync(_tx, incidentId);

    public Task SaveCadenceAsync(CadenceState state) => _stores.Cadence.SaveAsync(_tx, state);

    public Task AddChecklistItemsAsync(IReadOnlyList<ChecklistItem> items) => _stores.Checklists.AddAsync(_tx, items);

    public Task<IReadOnlyList<ChecklistItem>> ListChecklistAsync(long incidentId) => _stores.Checklists.ListAsync(_tx, incidentId);

    /// <inheritdoc cref="ChecklistStore.TickAsync"/>
    public Task<bool> TickChecklistItemAsync(long incidentId, ChecklistKind kind, int number, string userId) =>
        _stores.Checklists.TickAsync(_tx, incidentId, kind, number, userId, Now);

    /// <inheritdoc cref="ChecklistStore.UntickAsync"/>
    public Task<bool> UntickChecklistItemAsync(long incidentId, ChecklistKind kind, int number) =>
        _stores.Checklists.UntickAsync(_tx, incidentId, kind, number);

    public Task<StatusUpdate?> FindUpdateByKeyAsync(string idempotencyKey) => _stores.Updates.FindByIdempotencyKeyAsync(_tx, idempotencyKey);

    /// <inheritdoc cref="UpdateStore.InsertAsync"/>
    public Task InsertUpdateAsync(StatusUpdate update, string idempotencyKey) => _stores.Updates.InsertAsync(_tx, update, idempotencyKey);

    public Task SetSeverityAsync(long incidentId, string severityKey) => _stores.Updates.SetSeverityAsync(_tx, incidentId, severityKey);

    public Task<Resolution?> FindResolutionByKeyAsync(string requestKey) => _stores.Resolutions.FindByRequestKeyAsync(_tx, requestKey);

    public Task<int> CountResolutionsAsync(long incidentId) => _stores.Resolutions.CountAsync(_tx, incidentId);

    /// <inheritdoc cref="ResolutionStore.ResolveAsync"/>
    public Task ResolveAsync(Resolution resolution, string requestKey) => _stores.Resolutions.ResolveAsync(_tx, resolution, requestKey);

    public Task ReopenAsync(long incidentId) => _stores.Resolutions.ReopenAsync(_tx, incidentId);

    public Task SetStageAsync(long incidentId, IncidentStage stage) => _stores.Resolutions.SetStageAsync(_tx, incidentId, stage);

    /// <summary>Links the incident with number <paramref name="relatedNumber"/>; false when it was linked already.</summary>
    public Task<bool> AddLinkAsync(long incidentId, int relatedNumber, string userId) =>
        _stores.Resolutions.AddLinkAsync(_tx, incidentId, relatedNumber, userId, Now);

    /// <inheritdoc cref="ResolutionStore.OpenLinkedIdsToTellAsync"/>
    public Task<IReadOnlyList<long>> OpenLinkedIdsToTellAsync(Incident incident) => _stores.Resolutions.OpenLinkedIdsToTellAsync(_tx, incident);

    /// <inheritdoc cref="ActionItemStore.AddAsync"/>
    public Task<ActionItemResult> AddActionItemAsync(NewActionItem item) => _stores.ActionItems.AddAsync(_tx, item, Now);

    /// <inheritdoc cref="ActionItemStore.FindOpenByTextAsync"/>
    public Task<ActionItem?> FindOpenActionItemAsync(long incidentId, string text) => _stores.ActionItems.FindOpenByTextAsync(_tx, incidentId, text);

    public Task<ActionItem?> GetActionItemAsync(long id) => _stores.ActionItems.GetAsync(_tx, id);

    public Task<ActionItem?> GetActionItemByNumberAsync(long incidentId, int number) =>
        _stores.ActionItems.GetByNumberAsync(_tx, incidentId, number);

    /// <inheritdoc cref="ActionItemStore.SetPlanAsync"/>
    public Task SetActionItemPlanAsync(ActionItem item) => _stores.ActionItems.SetPlanAsync(_tx, item);

    /// <summary>Marks the open item done by <paramref name="userId"/>; false when it was not open.</summary>
    public Task<bool> MarkActionItemDoneAsync(long id, string? userId) => _stores.ActionItems.MarkDoneAsync(_tx, id, userId, Now);

    public Task<StoredPostmortem?> FindPostmortemByKeyAsync(long incidentId, string requestKey) =>
        _stores.Postmortems.FindByRequestKeyAsync(_tx, incidentId, requestKey);

    /// <summary>The incident's latest compiled version, or null before the first.</summary>
    public Task<StoredPostmortem?> LatestPostmortemAsync(long incidentId) => _stores.Postmortems.LatestAsync(_tx, incidentId);

    /// <inheritdoc cref="PostmortemStore.AddAsync"/>
    public Task<StoredPostmortem> AddPostmortemAsync(long incidentId, string requestKey, string markdown, DateTimeOffset compiledAt) =>
        _stores.Postmortems.AddAsync(_tx, incidentId, requestKey, markdown, compiledAt);

    /// <inheritdoc cref="OutcomeStore.CloseAsync"/>
    public Task CloseAsync(long incidentId, IncidentOutcome outcome, string? reason, int? mergedInto) =>
        OutcomeStore.CloseAsync(_tx, incidentId, outcome, reason, mergedInto, Now);

    /// <inheritdoc cref="OutcomeStore.ReferenceTimelineAsync"/>
    public Task<int> ReferenceTimelineAsync(long fromId, long toId, string prefix) => OutcomeStore.ReferenceTimelineAsync(_tx, fromId, toId, prefix, Now);

    /// <inheritdoc cref="OutcomeStore.Shows"/>
    public bool Shows(Incident subject, Incident audience) => OutcomeStore.Shows(_tx, subject, audience);

    /// <inheritdoc cref="OutcomeStore.KeepAsync"/>
    public Task<bool> KeepChannelAsync(long incidentId, string userId) => OutcomeStore.KeepAsync(_tx, incidentId, userId);

    /// <inheritdoc cref="OutcomeStore.MarkArchivedAsync"/>
    public Task<bool> MarkArchivedAsync(long incidentId) => OutcomeStore.MarkArchivedAsync(_tx, incidentId, Now);

    /// <inheritdoc cref="AlertStore.Fire"/>
    public Task<AlertRecord> FireAlertAsync(NewAlert alert)
    {
        AlertStore.ReleaseIfIncidentClosed(_tx, alert.OpenKey);
        return Task.FromResult(AlertStore.Fire(_tx, alert, Now));
    }

    /// <inheritdoc cref="AlertStore.Resolve"/>
    public Task<AlertRecord?> ResolveAlertAsync(string openKey) => Task.FromResult(AlertStore.Resolve(_tx, openKey, Now));

    public Task<AlertRecord?> GetAlertAsync(long id) => Task.FromResult(AlertStore.Get(_tx, id));

    public Task<long> FiringAlertsForAsync(long incidentId) => Task.FromResult(AlertStore.FiringForIncident(_tx, incidentId));

    /// <inheritdoc cref="AlertStore.Attach"/>
    public Task<bool> AttachAlertAsync(long alertId, long incidentId, AlertTriage how, string? userId) =>
        Task.FromResult(AlertStore.Attach(_tx, alertId, incidentId, how, userId, Now));

    /// <inheritdoc cref="AlertStore.Acknowledge"/>
    public Task<bool> AcknowledgeAlertAsync(long alertId, string userId) => Task.FromResult(AlertStore.Acknowledge(_tx, alertId, userId, Now));

    /// <inheritdoc cref="AlertStore.Decline"/>
    public Task<bool> DeclineAlertAsync(long alertId, string userId, string reason, string? note) =>
        Task.FromResult(AlertStore.Decline(_tx, alertId, userId, reason, note, Now));

    /// <inheritdoc cref="AlertStore.UpsertAgainEntry"/>
    public Task NoteAlertFiredAgainAsync(long incidentId, long alertId, string text)
    {
        AlertStore.UpsertAgainEntry(_tx, incidentId, alertId, text, Now);
        return Task.CompletedTask;
    }

    /// <inheritdoc cref="AlertStore.QueueWaiting"/>
    public Task<bool> QueueForAlertAsync(string kind, long alertId) => Task.FromResult(Noted(AlertStore.QueueWaiting(_tx, kind, alertId, Now)));

    /// <summary>Records a delivered event's id; false when it was seen before.</summary>
    public Task<bool> TryRecordEventAsync(string eventId) => _stores.Inbox.TryRecordAsync(_tx, eventId, Now);
}
