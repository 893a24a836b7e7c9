using System.Data;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Closing an incident without resolving it (cancelled, merged), the references a merge leaves on the surviving
/// incident's timeline, and the channel's archive state. Writes take the caller's transaction.
/// </summary>
internal static class OutcomeStore
{
    /// <summary>
    /// Closes the incident with <paramref name="outcome"/>: status resolved (everything that stops at a closed incident
    /// stops), stage closed (no post-mortem), and how it ended.
    /// </summary>
    public static Task CloseAsync(IDbTransaction tx, long incidentId, IncidentOutcome outcome, string? reason, int? mergedInto, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx, """
            UPDATE incidents SET status = 'Resolved', resolved_at = @at, stage = 'Closed',
                   outcome = @outcome, outcome_reason = @reason, merged_into = @mergedInto
            WHERE id = @incidentId
            """, ("@incidentId", incidentId), ("@at", UnixTime.ToUnixMs(at)), ("@outcome", outcome.ToString()),
            ("@reason", reason), ("@mergedInto", (long?)mergedInto)));

    /// <summary>
    /// Adds a reference to each of <paramref name="fromId"/>'s timeline entries to <paramref name="toId"/>'s timeline, at
    /// the entry's own time, author and link, its text after <paramref name="prefix"/>: once per entry, however often asked.
    /// </summary>
    public static Task<int> ReferenceTimelineAsync(IDbTransaction tx, long fromId, long toId, string prefix, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx, """
            INSERT INTO timeline (incident_id, occurred_at, recorded_at, kind, text, user_id, permalink, source_key)
            SELECT @toId, t.occurred_at, @at, 'MergedEntry', @prefix || t.text, t.user_id, t.permalink,
                   'merged:' || CAST(@toId AS TEXT) || ':' || CAST(t.id AS TEXT)
            FROM timeline t WHERE t.incident_id = @fromId
            ON CONFLICT DO NOTHING
            """, ("@fromId", fromId), ("@toId", toId), ("@prefix", prefix), ("@at", UnixTime.ToUnixMs(at))));

    /// <summary>
    /// Whether what is in <paramref name="subject"/> may be shown to everyone who sees <paramref name="audience"/>: always
    /// for a public subject; for a private one only in a private audience every member of which is a member of it.
    /// </summary>
    public static bool Shows(IDbTransaction tx, Incident subject, Incident audience) =>
        !subject.IsPrivate || (audience.IsPrivate && Statements.Query<long>(tx.Connection!, tx, """
            SELECT COUNT(*) FROM incident_members m WHERE m.incident_id = @audienceId
              AND m.user_id NOT IN (SELECT s.user_id FROM incident_members s WHERE s.incident_id = @subjectId)
            """, ("@audienceId", audience.Id), ("@subjectId", subject.Id)).Single() == 0);

    /// <summary>Records who asked that the channel is never archived; false when someone had already.</summary>
    public static Task<bool> KeepAsync(IDbTransaction tx, long incidentId, string userId) =>
        Task.FromResult(Statements.Execute(tx,
            "UPDATE incidents SET archive_kept_by = @userId WHERE id = @incidentId AND archive_kept_by IS NULL",
            ("@incidentId", incidentId), ("@userId", userId)) > 0);

    /// <summary>Records that the channel was archived; false when it was recorded before.</summary>
    public static Task<bool> MarkArchivedAsync(IDbTransaction tx, long incidentId, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx,
            "UPDATE incidents SET archived_at = @at WHERE id = @incidentId AND archived_at IS NULL",
            ("@incidentId", incidentId), ("@at", UnixTime.ToUnixMs(at))) > 0);
}
