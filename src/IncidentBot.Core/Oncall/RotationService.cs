using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Oncall;

/// <summary>
/// The rotations as they stand: configured ones with the members last set in Slack over the configured members, rotations
/// made in Slack, and their overrides; who is on call at an instant; and the changes <c>/incident oncall</c> makes.
/// </summary>
public sealed class RotationService(Changes changes, OncallStore store, IncidentBotOptions options, TimeProvider time)
{
    /// <summary>How far back overrides are read: enough for the turn just ended.</summary>
    private static readonly TimeSpan SwapHistory = TimeSpan.FromDays(60);

    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct = default) =>
        options.Rotations.Keys.Select(k => k.ToLowerInvariant()).Concat(await store.NamesAsync(ct))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The rotations a declare can page: <see cref="NamesAsync"/>, and <c>pagerduty</c> when the PagerDuty schedule is set.</summary>
    public async Task<IReadOnlyList<string>> PageableAsync(CancellationToken ct = default) =>
        [.. await NamesAsync(ct), .. options.PagerDuty.ReadsSchedule ? [PagerDutyOptions.RotationName] : Array.Empty<string>()];

    /// <summary>The rotation <paramref name="name"/> as it stands; null when it is neither configured nor set in Slack.</summary>
    public async Task<Rotation?> GetAsync(string name, CancellationToken ct = default)
    {
        var key = name.Trim().ToLowerInvariant();
        return Combine(key, await store.GetAsync(key, ct));
    }

    /// <summary>The configured rotation <paramref name="key"/> with what was set in Slack over it; null when neither exists.</summary>
    private Rotation? Combine(string key, StoredRotation? stored)
    {
        var configured = options.Rotations.GetValueOrDefault(key);
        if (configured is null && stored is null)
        {
            return null;
        }

        var rotation = RotationConfig.Build(key, configured, options.TimeZone);
        return stored is null ? rotation : rotation with
        {
            Members = stored.Members,
            Anchor = TimeZoneInfo.ConvertTime(stored.AnchorAt, rotation.Zone).DateTime,
            StartIndex = stored.StartIndex,
        };
    }

    public Task<IReadOnlyList<RotationSwap>> SwapsAsync(string name, CancellationToken ct = default) =>
        store.SwapsAsync(name.Trim().ToLowerInvariant(), time.GetUtcNow() - SwapHistory, ct);

    /// <summary>Who is on call in <paramref name="name"/> at <paramref name="at"/> (now when null); null for an unknown rotation.</summary>
    public async Task<OnCallShift?> ShiftAsync(string name, DateTimeOffset? at = null, CancellationToken ct = default) =>
        await GetAsync(name, ct) is { } rotation ? OnCall.At(rotation, await SwapsAsync(name, ct), at ?? time.GetUtcNow()) : null;

    /// <summary>
    /// Sets the members of <paramref name="name"/> (making the rotation, weekly from Monday 09:00, when it does not exist):
    /// whoever is on call keeps their turn when they stay (<see cref="Rotation.WithMembers"/>).
    /// </summary>
    public Task<Rotation> SetAsync(string name, IReadOnlyList<string> members, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var key = name.Trim().ToLowerInvariant();
            // Read in the change itself: under the writers' turn, so two sets one after the other build on each other, and
            // on the change's own connection rather than a second one from the pool.
            var stored = await OncallStore.GetAsync(change.Transaction.Connection!, change.Transaction, key);
            var current = Combine(key, stored) ?? RotationConfig.Build(key, null, options.TimeZone);
            var updated = current.WithMembers(members, change.Now);
            await store.SaveAsync(change.Transaction, new StoredRotation(key, members, updated.Boundary(0), updated.StartIndex, userId, change.Now));
            return updated;
        }, ct);

    /// <summary>Records an override of <paramref name="name"/>: <paramref name="first"/> and <paramref name="second"/> stand in for each other in the window.</summary>
    public Task<RotationSwap> SwapAsync(string name, string first, string second, DateTimeOffset from, DateTimeOffset to, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var swap = new RotationSwap(0, name.Trim().ToLowerInvariant(), first, second, from, to, userId);
            return swap with { Id = await store.AddSwapAsync(change.Transaction, swap, change.Now) };
        }, ct);
}
