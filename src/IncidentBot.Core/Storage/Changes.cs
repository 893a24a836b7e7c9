using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Core's unit of work: runs a change in one write transaction, with the stores' writes and the queue of Slack work
/// bound to it (<see cref="Change"/>), and wakes the queue after the commit when the change queued work. Services depend
/// on this instead of on the database, each store, the queue's signal and the clock.
/// </summary>
public sealed class Changes(
    Database database,
    IncidentStore incidents,
    TimelineStore timeline,
    OutboxStore outbox,
    CadenceStore cadence,
    ChecklistStore checklists,
    UpdateStore updates,
    ResolutionStore resolutions,
    ActionItemStore actionItems,
    RoleStore roles,
    PostmortemStore postmortems,
    EventInbox inbox,
    IWorkSignal signal,
    TimeProvider time)
{
    internal IncidentStore Incidents => incidents;

    internal TimelineStore Timeline => timeline;

    internal OutboxStore Outbox => outbox;

    internal CadenceStore Cadence => cadence;

    internal ChecklistStore Checklists => checklists;

    internal UpdateStore Updates => updates;

    internal ResolutionStore Resolutions => resolutions;

    internal ActionItemStore ActionItems => actionItems;

    internal RoleStore Roles => roles;

    internal PostmortemStore Postmortems => postmortems;

    internal EventInbox Inbox => inbox;

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction at one instant (<see cref="Change.Now"/>, read before the
    /// transaction begins, as a change happens when it is asked for) and commits it. PostgreSQL may run the work again
    /// after a conflict; each run gets a fresh <see cref="Change"/>, so the queue is woken by what the committed run queued,
    /// never by a run that was rolled back.
    /// </summary>
    public Task<T> RunAsync<T>(Func<Change, Task<T>> work, CancellationToken ct = default) => RunAsync(work, Isolation.Serializable, ct);

    /// <summary>
    /// Runs a change that is safe beside other writers (<see cref="Isolation.RowLocks"/>): one that only adds rows of its
    /// own, such as a declare's new incident, and needs no turn among the writers.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Change, Task<T>> work, Isolation isolation, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var (result, committed) = await database.InTransactionAsync(async tx =>
        {
            var change = new Change(this, tx, now);
            return (await work(change), change);
        }, isolation, ct);
        if (committed.Queued)
        {
            signal.Notify();
        }

        return result;
    }

    public Task RunAsync(Func<Change, Task> work, CancellationToken ct = default) =>
        RunAsync(async change => { await work(change); return true; }, ct);
}
