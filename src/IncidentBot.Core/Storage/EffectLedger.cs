namespace IncidentBot.Core.Storage;

/// <summary>
/// Records each Slack side effect by key (<c>inc:42:brief</c>): attempted before the call, done with its result after.
/// A step found "attempted" after a crash may have happened; its handler reconciles with Slack before repeating it.
/// </summary>
public sealed class EffectLedger(Database database, TimeProvider time)
{
    public Task<EffectRecord?> GetAsync(string key, CancellationToken ct = default) =>
        database.ReadAsync(c => Task.FromResult(Statements.Query<EffectRecord>(c, null,
            "SELECT key, state, value, updated_at FROM slack_effects WHERE key = @key", ("@key", key)).SingleOrDefault()), ct);

    /// <summary>
    /// Performs an effect that is safe to repeat (an invite, a pin, a topic) unless its key is recorded done, then records
    /// it: a retry or restart after it succeeded skips it.
    /// </summary>
    public async Task RunOnceAsync(string key, Func<Task> effect, CancellationToken ct = default)
    {
        if (await GetAsync(key, ct) is { IsDone: true })
        {
            return;
        }

        await effect();
        await MarkDoneAsync(key, null, ct);
    }

    public Task MarkAttemptedAsync(string key, string? value = null, CancellationToken ct = default) =>
        SetAsync(key, EffectRecord.Attempted, value, ct);

    /// <summary>Records that Slack answered the attempt at <paramref name="key"/> with an error, so nothing was done.</summary>
    public Task MarkRefusedAsync(string key, string? value = null, CancellationToken ct = default) =>
        SetAsync(key, EffectRecord.Refused, value, ct);

    public Task MarkDoneAsync(string key, string? value, CancellationToken ct = default) => SetAsync(key, EffectRecord.Done, value, ct);

    private Task<int> SetAsync(string key, string state, string? value, CancellationToken ct) =>
        database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, """
            INSERT INTO slack_effects (key, state, value, updated_at) VALUES (@key, @state, @value, @at)
            ON CONFLICT (key) DO UPDATE SET state = excluded.state, value = excluded.value, updated_at = excluded.updated_at
            """, ("@key", key), ("@state", state), ("@value", value), ("@at", UnixTime.ToUnixMs(time.GetUtcNow())))), Isolation.RowLocks, ct);
}
