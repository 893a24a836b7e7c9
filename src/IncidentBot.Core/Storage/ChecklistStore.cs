using System.Data;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Incidents' checklist items (migration 0013), copied from the type when declared. Writes take the caller's transaction.</summary>
public sealed class ChecklistStore(Database database)
{
    private const string Select = """
        SELECT incident_id, list_kind, item_no, text, ticked_by, ticked_at FROM checklist_items
        WHERE incident_id = @incidentId ORDER BY list_kind, item_no
        """;

    /// <summary>
    /// Adds the items in one statement (a declare copies a dozen or more; on PostgreSQL each statement is a round trip the
    /// declarer's answer waits on). An item already there is left as it is.
    /// </summary>
    public Task AddAsync(IDbTransaction tx, IReadOnlyList<ChecklistItem> items)
    {
        if (items.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = new string[items.Count];
        var args = new (string, object?)[items.Count * 6];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            rows[i] = $"(@incidentId{i}, @kind{i}, @number{i}, @text{i}, @tickedBy{i}, @tickedAt{i})";
            args[i * 6] = ($"@incidentId{i}", item.IncidentId);
            args[(i * 6) + 1] = ($"@kind{i}", Kind(item.Kind));
            args[(i * 6) + 2] = ($"@number{i}", item.Number);
            args[(i * 6) + 3] = ($"@text{i}", item.Text);
            args[(i * 6) + 4] = ($"@tickedBy{i}", item.TickedBy);
            args[(i * 6) + 5] = ($"@tickedAt{i}", UnixTime.ToUnixMs(item.TickedAt));
        }

        Statements.Execute(tx, $"""
            INSERT INTO checklist_items (incident_id, list_kind, item_no, text, ticked_by, ticked_at)
            VALUES {string.Join(", ", rows)} ON CONFLICT DO NOTHING
            """, args);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChecklistItem>> ListAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult<IReadOnlyList<ChecklistItem>>(List(c, null, incidentId)), ct);

    public Task<IReadOnlyList<ChecklistItem>> ListAsync(IDbTransaction tx, long incidentId) =>
        Task.FromResult<IReadOnlyList<ChecklistItem>>(List(tx.Connection!, tx, incidentId));

    /// <summary>Ticks one item for <paramref name="userId"/>; false when it was ticked already (or does not exist).</summary>
    public Task<bool> TickAsync(IDbTransaction tx, long incidentId, ChecklistKind kind, int number, string userId, DateTimeOffset at) =>
        Task.FromResult(Statements.Execute(tx, """
            UPDATE checklist_items SET ticked_by = @userId, ticked_at = @at
            WHERE incident_id = @incidentId AND list_kind = @kind AND item_no = @number AND ticked_at IS NULL
            """, ("@incidentId", incidentId), ("@kind", Kind(kind)), ("@number", number), ("@userId", userId),
            ("@at", UnixTime.ToUnixMs(at))) > 0);

    /// <summary>Unticks one item; false when it was not ticked (or does not exist).</summary>
    public Task<bool> UntickAsync(IDbTransaction tx, long incidentId, ChecklistKind kind, int number) =>
        Task.FromResult(Statements.Execute(tx, """
            UPDATE checklist_items SET ticked_by = NULL, ticked_at = NULL
            WHERE incident_id = @incidentId AND list_kind = @kind AND item_no = @number AND ticked_at IS NOT NULL
            """, ("@incidentId", incidentId), ("@kind", Kind(kind)), ("@number", number)) > 0);

    private static List<ChecklistItem> List(IDbConnection connection, IDbTransaction? tx, long incidentId) =>
        Statements.Query<(long IncidentId, string Kind, long Number, string Text, string? TickedBy, long? TickedAt)>(connection, tx, Select,
                ("@incidentId", incidentId))
            .Select(r => new ChecklistItem(r.IncidentId, Enum.Parse<ChecklistKind>(r.Kind, ignoreCase: true), (int)r.Number, r.Text, r.TickedBy,
                UnixTime.FromUnixMs(r.TickedAt)))
            .OrderBy(i => i.Kind).ThenBy(i => i.Number).ToList();

    private static string Kind(ChecklistKind kind) => kind.ToString().ToLowerInvariant();
}
