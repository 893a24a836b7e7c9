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
    /// LOCKED</c>): for the queue's claims, which several replicas make at once on different rows, and for writes that
    /// decide nothing from an earlier read (one upsert, one update of a known row), which need no turn of their own: a
    /// declare's follow-up makes a dozen of those (effect records, queue states, Slack references), and taking turns for
    /// them made declares wait behind them. The declare itself is one too: everything it writes is its new incident's
    /// (numbered from a sequence; the same key twice inserts once).
    /// </summary>
    RowLocks,
}
