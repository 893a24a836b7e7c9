using Dapper;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Action items' tickets in the team's tracker, and which of them were seen closed there. One ticket per item: storing
/// a second for the same item keeps the first.
/// </summary>
public sealed class TicketStore(Database database)
{
    /// <summary>A ticket's columns as <see cref="FiledTicket"/> reads them, from <c>action_item_tickets t</c>.</summary>
    private const string Columns = "t.action_item_id AS ActionItemId, t.tracker AS Tracker, t.ticket_key AS Key, t.url AS Url";

    /// <summary>Stores the ticket; false when the item had one already.</summary>
    public Task<bool> AddAsync(FiledTicket ticket, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return database.InTransactionAsync(async tx => await tx.Connection!.ExecuteAsync("""
            INSERT INTO action_item_tickets (action_item_id, tracker, ticket_key, url, filed_at) VALUES (@ActionItemId, @Tracker, @Key, @Url, @at)
            ON CONFLICT (action_item_id) DO NOTHING
            """, new { ticket.ActionItemId, ticket.Tracker, ticket.Key, ticket.Url, at = UnixTime.ToUnixMs(at) }, tx) > 0, ct);
    }

    public Task<FiledTicket?> GetAsync(long actionItemId, CancellationToken ct = default) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<FiledTicket?>(
            $"SELECT {Columns} FROM action_item_tickets t WHERE t.action_item_id = @actionItemId",
            new { actionItemId }), ct);

    /// <summary>The tickets of an incident's action items.</summary>
    public Task<IReadOnlyList<FiledTicket>> ForIncidentAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<FiledTicket>)(await c.QueryAsync<FiledTicket>($$"""
            SELECT {{Columns}}
            FROM action_item_tickets t JOIN action_items a ON a.id = t.action_item_id
            WHERE a.incident_id = @incidentId
            """, new { incidentId })).ToList(), ct);

    /// <summary>Tickets of <paramref name="tracker"/> not yet seen closed whose items are still open, oldest first.</summary>
    public Task<IReadOnlyList<FiledTicket>> OpenAsync(string tracker, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<FiledTicket>)(await c.QueryAsync<FiledTicket>($$"""
            SELECT {{Columns}}
            FROM action_item_tickets t JOIN action_items a ON a.id = t.action_item_id
            WHERE t.tracker = @tracker AND t.closed_at IS NULL AND a.state = 'Open'
            ORDER BY t.filed_at, t.action_item_id
            """, new { tracker })).ToList(), ct);

    /// <summary>Records that the tracker closed the ticket; false when that was recorded already.</summary>
    public Task<bool> MarkClosedAsync(long actionItemId, DateTimeOffset at, CancellationToken ct = default) =>
        database.InTransactionAsync(async tx => await tx.Connection!.ExecuteAsync(
            "UPDATE action_item_tickets SET closed_at = @at WHERE action_item_id = @actionItemId AND closed_at IS NULL",
            new { actionItemId, at = UnixTime.ToUnixMs(at) }, tx) > 0, ct);
}
