using System.Globalization;
using IncidentBot.Core.Oncall;
using IncidentBot.Jobs;
using Quartz;

namespace IncidentBot.Oncall;

/// <summary>
/// Keeps one handoff job per rotation and boundary (<c>rotation-handoff</c> / <c>platform-1767600000000</c>): at start
/// for every rotation, after each handoff for the next one, and when a rotation is set in Slack. A boundary's job that
/// came due while the bot was down fires once at start.
/// </summary>
public sealed class HandoffScheduler(JobScheduler scheduler, HandoffService handoffs, RotationService rotations, TimeProvider time) : IHostedService
{
    public const string Group = "rotation-handoff";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in await rotations.NamesAsync(cancellationToken))
        {
            await EnsureAsync(name, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Schedules the rotation's next boundary (the same boundary's job again replaces it, never doubles it).</summary>
    public async Task EnsureAsync(string rotation, CancellationToken ct)
    {
        if (await handoffs.NextBoundaryAsync(rotation, time.GetUtcNow(), ct) is not { } next)
        {
            return;
        }

        var key = new JobKey($"{rotation}-{next.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}", Group);
        if (await scheduler.NextFireAsync(key, ct) is null)
        {
            await scheduler.ScheduleAsync<HandoffJob>(key, next, new Dictionary<string, string> { [HandoffJob.RotationField] = rotation }, ct);
        }
    }
}
