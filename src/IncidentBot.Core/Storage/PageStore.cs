using System.Data;
using Dapper;
using IncidentBot.Core.Oncall;

namespace IncidentBot.Core.Storage;

/// <summary>The <c>pages</c> rows: who was paged into which incident, in which chain and step, and what became of it.</summary>
public sealed class PageStore(Database database)
{
    private const string Columns = """
        id, incident_id, chain, step, user_id, rotation, position, next_users, message, paged_by, paged_at, due_at,
        acked_at, declined_at, expired_at, stood_down_at
        """;

    private const string Open = "acked_at IS NULL AND declined_at IS NULL AND stood_down_at IS NULL";

    /// <summary>Records a page; null when the chain already paged someone at this step (a second firing pages nobody).</summary>
    public async Task<Page?> InsertAsync(IDbTransaction tx, Page page)
    {
        var id = await tx.Connection!.ExecuteScalarAsync<long?>("""
            INSERT INTO pages (incident_id, chain, step, user_id, rotation, position, next_users, message, paged_by, paged_at, due_at)
            VALUES (@IncidentId, @Chain, @Step, @UserId, @Rotation, @Position, @Next, @Message, @PagedBy, @PagedAt, @DueAt)
            ON CONFLICT (incident_id, chain, step) DO NOTHING RETURNING id
            """, new
        {
            page.IncidentId, page.Chain, Step = (long)page.Step, page.UserId, page.Rotation, Position = page.Position.ToString(),
            Next = PageCandidate.Join(page.Next), page.Message, page.PagedBy,
            PagedAt = page.PagedAt.ToUnixTimeMilliseconds(), DueAt = page.DueAt.ToUnixTimeMilliseconds(),
        }, tx);
        return id is { } created ? page with { Id = created } : null;
    }

    /// <summary>Whether the incident's chain <paramref name="chain"/> has paged anyone yet.</summary>
    public async Task<bool> StartedAsync(IDbTransaction tx, long incidentId, string chain) =>
        await tx.Connection!.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pages WHERE incident_id = @incidentId AND chain = @chain", new { incidentId, chain }, tx) > 0;

    public async Task<Page?> GetAsync(IDbTransaction tx, long id) =>
        (await tx.Connection!.QueryAsync<PageRow>($"SELECT {Columns} FROM pages WHERE id = @id", new { id }, tx)).SingleOrDefault()?.ToPage();

    public Task<Page?> GetAsync(long id, CancellationToken ct = default) =>
        database.ReadAsync(async c => (await c.QueryAsync<PageRow>($"SELECT {Columns} FROM pages WHERE id = @id", new { id })).SingleOrDefault()?.ToPage(), ct);

    /// <summary>The incident's pages, earliest first.</summary>
    public Task<IReadOnlyList<Page>> ListAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Page>>(async c => (await c.QueryAsync<PageRow>(
            $"SELECT {Columns} FROM pages WHERE incident_id = @incidentId ORDER BY paged_at, id", new { incidentId })).Select(r => r.ToPage()).ToList(), ct);

    /// <summary>The incident's open pages whose ack window has passed and has not been handled yet.</summary>
    public async Task<IReadOnlyList<Page>> DueAsync(IDbTransaction tx, long incidentId, DateTimeOffset now) =>
        (await tx.Connection!.QueryAsync<PageRow>(
            $"SELECT {Columns} FROM pages WHERE incident_id = @incidentId AND {Open} AND expired_at IS NULL AND due_at <= @now ORDER BY id",
            new { incidentId, now = now.ToUnixTimeMilliseconds() }, tx)).Select(r => r.ToPage()).ToList();

    /// <summary>When the incident's next ack window ends; null when no page is waiting.</summary>
    public Task<DateTimeOffset?> NextDueAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long?>(
            $"SELECT MIN(due_at) FROM pages WHERE incident_id = @incidentId AND {Open} AND expired_at IS NULL", new { incidentId }) is { } ms
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null, ct);

    /// <summary>Sets <paramref name="column"/> (acked_at, declined_at, expired_at) on an open page; false when it was not open (or already set).</summary>
    public async Task<bool> MarkAsync(IDbTransaction tx, long id, PageMark column, DateTimeOffset now)
    {
        var name = column switch { PageMark.Acknowledged => "acked_at", PageMark.Declined => "declined_at", _ => "expired_at" };
        return await tx.Connection!.ExecuteAsync($"UPDATE pages SET {name} = @now WHERE id = @id AND {Open} AND {name} IS NULL",
            new { id, now = now.ToUnixTimeMilliseconds() }, tx) == 1;
    }

    /// <summary>Stands down the chain's other open pages once someone in it acknowledged.</summary>
    public Task<int> StandDownAsync(IDbTransaction tx, long incidentId, string chain, DateTimeOffset now) =>
        tx.Connection!.ExecuteAsync($"UPDATE pages SET stood_down_at = @now WHERE incident_id = @incidentId AND chain = @chain AND {Open}",
            new { incidentId, chain, now = now.ToUnixTimeMilliseconds() }, tx);

    /// <summary>Stands down every open page of the incident, whichever chain (the incident was acknowledged elsewhere).</summary>
    public Task<int> StandDownAllAsync(IDbTransaction tx, long incidentId, DateTimeOffset now) =>
        tx.Connection!.ExecuteAsync($"UPDATE pages SET stood_down_at = @now WHERE incident_id = @incidentId AND {Open}",
            new { incidentId, now = now.ToUnixTimeMilliseconds() }, tx);

    private sealed class PageRow
    {
        public long Id { get; set; }
        public long IncidentId { get; set; }
        public string Chain { get; set; } = "";
        public long Step { get; set; }
        public string UserId { get; set; } = "";
        public string? Rotation { get; set; }
        public string Position { get; set; } = "";
        public string NextUsers { get; set; } = "";
        public string? Message { get; set; }
        public string? PagedBy { get; set; }
        public long PagedAt { get; set; }
        public long DueAt { get; set; }
        public long? AckedAt { get; set; }
        public long? DeclinedAt { get; set; }
        public long? ExpiredAt { get; set; }
        public long? StoodDownAt { get; set; }

        public Page ToPage() => new(Id, IncidentId, Chain, (int)Step, UserId, Rotation, Enum.Parse<PagePosition>(Position),
            PageCandidate.ParseAll(NextUsers), Message, PagedBy, DateTimeOffset.FromUnixTimeMilliseconds(PagedAt), DateTimeOffset.FromUnixTimeMilliseconds(DueAt))
        {
            AckedAt = UnixTime.FromUnixMs(AckedAt),
            DeclinedAt = UnixTime.FromUnixMs(DeclinedAt),
            ExpiredAt = UnixTime.FromUnixMs(ExpiredAt),
            StoodDownAt = UnixTime.FromUnixMs(StoodDownAt),
        };
    }
}
