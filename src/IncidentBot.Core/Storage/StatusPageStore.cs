using System.Data;
using Dapper;
using IncidentBot.Core.StatusPage;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The status page's rows: published messages, the components each incident affects, and the first-message reminders
/// sent. Writes join a change's transaction; the page's read takes only incidents anyone may see (never private, never
/// security), with something published, live or resolved since a given instant.
/// </summary>
public sealed class StatusPageStore(Database database)
{
    private const string Visible = """
        i.is_private = 0 AND LOWER(i.incident_type) <> 'security' AND (i.resolved_at IS NULL OR i.resolved_at >= @since)
        """;

    private const string MessageColumns = "p.id, p.incident_id, p.stage, p.body, p.posted_by, p.posted_at";

    /// <summary>Records a published message; false when <paramref name="requestKey"/> was published already.</summary>
    public static async Task<bool> AddMessageAsync(IDbTransaction tx, PublicMessage message, string requestKey) =>
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO public_messages (incident_id, stage, body, posted_by, posted_at, request_key)
            VALUES (@IncidentId, @Stage, @Text, @PostedBy, @at, @requestKey)
            ON CONFLICT (request_key) DO NOTHING
            """, new { message.IncidentId, Stage = message.Stage.ToString(), message.Text, message.PostedBy, at = UnixTime.ToUnixMs(message.PostedAt), requestKey }, tx) > 0;

    /// <summary>The text of the incident's latest published message, read inside a write transaction; null when nothing is published.</summary>
    public static Task<string?> LatestTextAsync(IDbTransaction tx, long incidentId) =>
        tx.Connection!.QueryFirstOrDefaultAsync<string?>(
            "SELECT body FROM public_messages WHERE incident_id = @incidentId ORDER BY posted_at DESC, id DESC LIMIT 1", new { incidentId }, tx);

    public static async Task<bool> HasMessageAsync(IDbTransaction tx, long incidentId) =>
        await tx.Connection!.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM public_messages WHERE incident_id = @incidentId", new { incidentId }, tx) > 0;

    /// <summary>Replaces the incident's affected components with <paramref name="components"/> (operational ones are not kept).</summary>
    public static async Task SetComponentsAsync(IDbTransaction tx, long incidentId, IReadOnlyDictionary<string, ComponentState> components)
    {
        await tx.Connection!.ExecuteAsync("DELETE FROM incident_components WHERE incident_id = @incidentId", new { incidentId }, tx);
        foreach (var (key, state) in components.Where(c => c.Value != ComponentState.Operational))
        {
            await tx.Connection!.ExecuteAsync(
                "INSERT INTO incident_components (incident_id, component, state) VALUES (@incidentId, @key, @state)",
                new { incidentId, key, state = ComponentStates.Key(state) }, tx);
        }
    }

    public static async Task<int> RemindersSentAsync(IDbTransaction tx, long incidentId) =>
        (int)await tx.Connection!.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(reminders_sent), 0) FROM first_messages WHERE incident_id = @incidentId", new { incidentId }, tx);

    public static Task SaveRemindersSentAsync(IDbTransaction tx, long incidentId, int sent) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO first_messages (incident_id, reminders_sent) VALUES (@incidentId, @sent)
            ON CONFLICT (incident_id) DO UPDATE SET reminders_sent = excluded.reminders_sent
            """, new { incidentId, sent = (long)sent }, tx);

    public Task<bool> HasMessageAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM public_messages WHERE incident_id = @incidentId", new { incidentId }) > 0, ct);

    public Task<int> RemindersSentAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (int)await c.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(reminders_sent), 0) FROM first_messages WHERE incident_id = @incidentId", new { incidentId }), ct);

    /// <summary>The incident's published messages, newest first.</summary>
    public Task<IReadOnlyList<PublicMessage>> MessagesAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<PublicMessage>>(async c => (await c.QueryAsync<MessageRow>(
            $"SELECT {MessageColumns} FROM public_messages p WHERE p.incident_id = @incidentId ORDER BY p.posted_at DESC, p.id DESC",
            new { incidentId })).Select(r => r.ToMessage()).ToList(), ct);

    /// <summary>The components the incident affects and their states.</summary>
    public Task<IReadOnlyDictionary<string, ComponentState>> ComponentsAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyDictionary<string, ComponentState>>(async c => (await c.QueryAsync<ComponentRow>(
            "SELECT incident_id, component, state FROM incident_components WHERE incident_id = @incidentId", new { incidentId }))
            .ToDictionary(r => r.Component, r => ComponentStates.Parse(r.State) ?? ComponentState.Operational, StringComparer.OrdinalIgnoreCase), ct);

    /// <summary>Everything the page shows: visible incidents with something published, live or resolved since <paramref name="since"/>.</summary>
    public Task<BoardRows> BoardAsync(DateTimeOffset since, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            var args = new { since = UnixTime.ToUnixMs(since) };
            var messages = (await c.QueryAsync<MessageRow>($"""
                SELECT {MessageColumns} FROM public_messages p JOIN incidents i ON i.id = p.incident_id
                WHERE {Visible} ORDER BY p.posted_at DESC, p.id DESC
                """, args)).Select(r => r.ToMessage()).ToList();
            var components = (await c.QueryAsync<ComponentRow>($"""
                SELECT ic.incident_id, ic.component, ic.state FROM incident_components ic JOIN incidents i ON i.id = ic.incident_id
                WHERE {Visible} AND EXISTS (SELECT 1 FROM public_messages p WHERE p.incident_id = i.id)
                """, args)).ToList();
            var incidents = (await c.QueryAsync<BoardIncidentRow>($"""
                SELECT i.id, i.number, i.status, i.declared_at, i.resolved_at FROM incidents i
                WHERE {Visible} AND EXISTS (SELECT 1 FROM public_messages p WHERE p.incident_id = i.id)
                """, args)).ToList();
            return new BoardRows(
                incidents.Select(r => new BoardRows.IncidentRow(r.Id, r.Number, r.Status, UnixTime.FromUnixMs(r.DeclaredAt), UnixTime.FromUnixMs(r.ResolvedAt))).ToList(),
                messages,
                components.Select(r => (r.IncidentId, r.Component, ComponentStates.Parse(r.State) ?? ComponentState.Operational)).ToList());
        }, ct);

    private sealed class MessageRow
    {
        public long Id { get; set; }
        public long IncidentId { get; set; }
        public string Stage { get; set; } = "";
        public string Body { get; set; } = "";
        public string PostedBy { get; set; } = "";
        public long PostedAt { get; set; }

        public PublicMessage ToMessage() =>
            new(Id, IncidentId, PublicStages.Parse(Stage) ?? PublicStage.Investigating, Body, PostedBy, UnixTime.FromUnixMs(PostedAt));
    }

    private sealed class ComponentRow
    {
        public long IncidentId { get; set; }
        public string Component { get; set; } = "";
        public string State { get; set; } = "";
    }

    private sealed class BoardIncidentRow
    {
        public long Id { get; set; }
        public long Number { get; set; }
        public string Status { get; set; } = "";
        public long DeclaredAt { get; set; }
        public long? ResolvedAt { get; set; }
    }
}
