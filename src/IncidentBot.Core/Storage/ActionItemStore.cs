using System.Data;
using System.Globalization;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Action items. Writes take the caller's transaction; a repeated request key adds nothing.</summary>
public sealed class ActionItemStore(Database database)
{
    private const string Columns = """
        id, incident_id, number, text, owner, due_date, priority, state, created_by, created_at, done_at, done_by,
        (SELECT t.ticket_key FROM action_item_tickets t WHERE t.action_item_id = action_items.id) AS ticket_key,
        (SELECT t.url FROM action_item_tickets t WHERE t.action_item_id = action_items.id) AS ticket_url
        """;

    /// <summary>
    /// Adds the item unless its request key was seen before; returns the item either way. Its number is the incident's
    /// next (a counter on the incident's row, which concurrent writers take in turn).
    /// </summary>
    public async Task<ActionItemResult> AddAsync(IDbTransaction tx, NewActionItem item, DateTimeOffset at)
    {
        if (await FindByRequestKeyAsync(tx, item.RequestKey) is { } existing)
        {
            return new ActionItemResult(existing, false);
        }

        var number = await tx.Connection!.ExecuteScalarAsync<long>(
            "UPDATE incidents SET action_seq = action_seq + 1 WHERE id = @IncidentId RETURNING action_seq", new { item.IncidentId }, tx);
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO action_items (incident_id, number, text, owner, due_date, priority, state, created_by, created_at, dedupe_key)
            VALUES (@IncidentId, @number, @Text, @Owner, @due, @Priority, 'Open', @CreatedBy, @at, @RequestKey)
            """, new { item.IncidentId, number, item.Text, item.Owner, due = DueText(item.Due), item.Priority, item.CreatedBy,
                at = UnixTime.ToUnixMs(at), item.RequestKey }, tx);
        return new ActionItemResult((await FindByRequestKeyAsync(tx, item.RequestKey))!, true);
    }

    private static async Task<ActionItem?> FindByRequestKeyAsync(IDbTransaction tx, string requestKey) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<ActionItemRow>(
            $"SELECT {Columns} FROM action_items WHERE dedupe_key = @requestKey", new { requestKey }, tx))?.ToItem();

    /// <summary>An open item of the incident with the same text (ignoring case and spacing), if any.</summary>
    public async Task<ActionItem?> FindOpenByTextAsync(IDbTransaction tx, long incidentId, string text) =>
        (await tx.Connection!.QueryAsync<ActionItemRow>(
            $"SELECT {Columns} FROM action_items WHERE incident_id = @incidentId AND state = 'Open'", new { incidentId }, tx))
            .Select(r => r.ToItem())
            .FirstOrDefault(i => Normalize(i.Text) == Normalize(text));

    public async Task<ActionItem?> GetAsync(IDbTransaction tx, long id) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<ActionItemRow>($"SELECT {Columns} FROM action_items WHERE id = @id", new { id }, tx))?.ToItem();

    public Task<ActionItem?> GetAsync(long id, CancellationToken ct = default) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<ActionItemRow>($"SELECT {Columns} FROM action_items WHERE id = @id", new { id }))?.ToItem(), ct);

    public async Task<ActionItem?> GetByNumberAsync(IDbTransaction tx, long incidentId, int number) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<ActionItemRow>(
            $"SELECT {Columns} FROM action_items WHERE incident_id = @incidentId AND number = @number", new { incidentId, number }, tx))?.ToItem();

    /// <summary>Stores the item's owner, due date and priority as given.</summary>
    public Task SetPlanAsync(IDbTransaction tx, ActionItem item) =>
        tx.Connection!.ExecuteAsync("UPDATE action_items SET owner = @Owner, due_date = @due, priority = @Priority WHERE id = @Id",
            new { item.Owner, due = DueText(item.Due), item.Priority, item.Id }, tx);

    public async Task<bool> MarkDoneAsync(IDbTransaction tx, long id, string? userId, DateTimeOffset at) =>
        await tx.Connection!.ExecuteAsync(
            "UPDATE action_items SET state = 'Done', done_at = @at, done_by = @userId WHERE id = @id AND state = 'Open'",
            new { id, userId, at = UnixTime.ToUnixMs(at) }, tx) > 0;

    public Task<IReadOnlyList<ActionItem>> ListAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => ListAsync(c, null, incidentId), ct);

    public static async Task<IReadOnlyList<ActionItem>> ListAsync(IDbConnection c, IDbTransaction? tx, long incidentId) =>
        (await c.QueryAsync<ActionItemRow>($"SELECT {Columns} FROM action_items WHERE incident_id = @incidentId ORDER BY number",
            new { incidentId }, tx)).Select(r => r.ToItem()).ToList();

    /// <summary>Open items with an owner whose due date is before <paramref name="today"/>, oldest due first.</summary>
    public Task<IReadOnlyList<ActionItem>> OverdueAsync(DateOnly today, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<ActionItem>)(await c.QueryAsync<ActionItemRow>($"""
            SELECT {Columns} FROM action_items
            WHERE state = 'Open' AND owner IS NOT NULL AND due_date IS NOT NULL AND due_date < @today
            ORDER BY due_date, incident_id, number
            """, new { today = DueText(today) })).Select(r => r.ToItem()).ToList(), ct);

    /// <summary>Open items <paramref name="owner"/> owns, in any incident, oldest incident first.</summary>
    public Task<IReadOnlyList<ActionItem>> OpenOwnedByAsync(string owner, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<ActionItem>)(await c.QueryAsync<ActionItemRow>(
            $"SELECT {Columns} FROM action_items WHERE state = 'Open' AND owner = @owner ORDER BY incident_id, number",
            new { owner })).Select(r => r.ToItem()).ToList(), ct);

    private static string? DueText(DateOnly? due) => due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private sealed class ActionItemRow
    {
        public long Id { get; set; }
        public long IncidentId { get; set; }
        public long Number { get; set; }
        public string Text { get; set; } = "";
        public string? Owner { get; set; }
        public string? DueDate { get; set; }
        public string Priority { get; set; } = ActionItem.DefaultPriority;
        public string State { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public long CreatedAt { get; set; }
        public long? DoneAt { get; set; }
        public string? DoneBy { get; set; }
        public string? TicketKey { get; set; }
        public string? TicketUrl { get; set; }

        public ActionItem ToItem() => new(Id, IncidentId, (int)Number, Text, Owner,
            DueDate is null ? null : DateOnly.ParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Priority, Enum.Parse<ActionItemState>(State), CreatedBy, UnixTime.FromUnixMs(CreatedAt), UnixTime.FromUnixMs(DoneAt), DoneBy,
            TicketKey, TicketUrl);
    }
}
