namespace IncidentBot.Core.Storage;

/// <summary>How a write transaction sees other writers.</summary>
public enum Isolation
{
    /// <summary>
    /// Transactions run one after another, each seeing every earlier one's commit (SQLite's one writer; on PostgreSQL
    /// writers take turns under an advisory lock): the default, which every store is written for.
    /// </summary>
    Serializable,

    /// <summary>
    /// Each statement sees what was committed when it started, and rows are claimed with row locks (<c>FOR UPDATE SKIP
    /// LOCKED</c>): for the queue's claims, which several replicas make at once on different rows.
    /// </summary>
    RowLocks,
}
