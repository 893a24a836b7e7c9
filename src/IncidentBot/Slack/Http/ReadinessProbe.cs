using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.Http;

/// <summary>
/// Ready when the database answers and Slack's <c>auth.test</c> has passed. A passing <c>auth.test</c> is kept for
/// a minute so a probe every few seconds does not spend Slack's rate limit. The report also names the database engine
/// and whether this replica's scheduler holds its lease (reported, not required: another replica fires its timers).
/// </summary>
public sealed class ReadinessProbe(Database database, SlackIdentity identity, IConnectionState connection, SchedulerLease scheduler)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var db = await database.IsReachableAsync(ct);
        var (slackOk, error) = await identity.CheckAsync(ct);
        var ready = db && slackOk && connection.IsConnected;
        return new ReadinessReport(ready, db, slackOk && connection.IsConnected, error ?? connection.Problem, database.EngineName,
            await scheduler.CheckAsync(ct));
    }
}
