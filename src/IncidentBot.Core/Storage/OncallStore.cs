using System.Data;
using Dapper;
using IncidentBot.Core.Oncall;

namespace IncidentBot.Core.Storage;

/// <summary>Rotations' members as set in Slack (<c>oncall_rotations</c>) and their overrides (<c>oncall_swaps</c>).</summary>
public sealed class OncallStore(Database database)
{
    public Task<StoredRotation?> GetAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(c => GetAsync(c, null, name), ct);

    /// <summary>The rotation as set, read in <paramref name="tx"/> (a change that decides from it takes no second connection).</summary>
    public static async Task<StoredRotation?> GetAsync(IDbConnection connection, IDbTransaction? tx, string name) =>
        (await connection.QueryAsync<RotationRow>(
            "SELECT name, members, anchor_at, start_index, set_by, set_at FROM oncall_rotations WHERE name = @name", new { name }, tx)).SingleOrDefault()?.ToStored();

    public Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<string>>(async c => (await c.QueryAsync<string>("SELECT name FROM oncall_rotations")).ToList(), ct);

    public Task SaveAsync(IDbTransaction tx, StoredRotation rotation) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO oncall_rotations (name, members, anchor_at, start_index, set_by, set_at)
            VALUES (@Name, @Members, @AnchorAt, @StartIndex, @SetBy, @SetAt)
            ON CONFLICT (name) DO UPDATE SET members = excluded.members, anchor_at = excluded.anchor_at,
                start_index = excluded.start_index, set_by = excluded.set_by, set_at = excluded.set_at
            """, new
        {
            rotation.Name,
            Members = string.Join(",", rotation.Members),
            AnchorAt = rotation.AnchorAt.ToUnixTimeMilliseconds(),
            StartIndex = (long)rotation.StartIndex,
            rotation.SetBy,
            SetAt = rotation.SetAt.ToUnixTimeMilliseconds(),
        }, tx);

    /// <summary>The rotation's overrides that end after <paramref name="since"/>, earliest first.</summary>
    public Task<IReadOnlyList<RotationSwap>> SwapsAsync(string name, DateTimeOffset since, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<RotationSwap>>(async c => (await c.QueryAsync<SwapRow>("""
            SELECT id, rotation, first_user, second_user, from_at, to_at, created_by FROM oncall_swaps
            WHERE rotation = @name AND to_at > @since ORDER BY from_at, id
            """, new { name, since = since.ToUnixTimeMilliseconds() })).Select(r => r.ToSwap()).ToList(), ct);

    public Task<long> AddSwapAsync(IDbTransaction tx, RotationSwap swap, DateTimeOffset now) =>
        tx.Connection!.ExecuteScalarAsync<long>("""
            INSERT INTO oncall_swaps (rotation, first_user, second_user, from_at, to_at, created_by, created_at)
            VALUES (@Rotation, @First, @Second, @From, @To, @CreatedBy, @Now) RETURNING id
            """, new
        {
            swap.Rotation, swap.First, swap.Second, From = swap.From.ToUnixTimeMilliseconds(), To = swap.To.ToUnixTimeMilliseconds(),
            swap.CreatedBy, Now = now.ToUnixTimeMilliseconds(),
        }, tx);

    private sealed class RotationRow
    {
        public string Name { get; set; } = "";
        public string Members { get; set; } = "";
        public long AnchorAt { get; set; }
        public long StartIndex { get; set; }
        public string SetBy { get; set; } = "";
        public long SetAt { get; set; }

        public StoredRotation ToStored() => new(Name, Members.Split(',', StringSplitOptions.RemoveEmptyEntries),
            DateTimeOffset.FromUnixTimeMilliseconds(AnchorAt), (int)StartIndex, SetBy, DateTimeOffset.FromUnixTimeMilliseconds(SetAt));
    }

    private sealed class SwapRow
    {
        public long Id { get; set; }
        public string Rotation { get; set; } = "";
        public string FirstUser { get; set; } = "";
        public string SecondUser { get; set; } = "";
        public long FromAt { get; set; }
        public long ToAt { get; set; }
        public string CreatedBy { get; set; } = "";

        public RotationSwap ToSwap() => new(Id, Rotation, FirstUser, SecondUser,
            DateTimeOffset.FromUnixTimeMilliseconds(FromAt), DateTimeOffset.FromUnixTimeMilliseconds(ToAt), CreatedBy);
    }
}
