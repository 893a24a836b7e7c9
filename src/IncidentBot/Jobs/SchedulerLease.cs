using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Whether this replica's scheduler holds its lease: it is running and, on PostgreSQL, the cluster takes it for alive
/// (it checked in recently enough that no other replica takes over its firings), as Quartz's own recovery decides. On
/// SQLite the one scheduler holds it whenever it runs.
/// </summary>
public sealed class SchedulerLease(ISchedulerFactory factory, Database database)
{
    public async Task<SchedulerReport> CheckAsync(CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var running = await scheduler.GetStatus(ct) == SchedulerStatus.Running;
        var instance = await scheduler.GetSchedulerInstanceId(ct);
        if (database.Engine != DatabaseEngine.Postgres || !running)
        {
            return new SchedulerReport(database.Engine == DatabaseEngine.Postgres, instance, running, null);
        }

        try
        {
            var self = (await scheduler.QueryClusterNodes(ct)).Single(n => n.IsCurrentNode);
            return new SchedulerReport(Clustered: true, instance, self.State == ClusterNodeState.Alive && self.LastCheckInUtc is not null, self.LastCheckInUtc);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or SchedulerException or TimeoutException)
        {
            // The store could not be read: no lease this replica can show, and /readyz says whether the database is down.
            return new SchedulerReport(Clustered: true, instance, false, null);
        }
    }
}
