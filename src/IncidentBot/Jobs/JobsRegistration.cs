using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Quartz with its persistent job store in the bot's own database, so reminders and escalations survive restarts; a
/// trigger that came due while the bot was down fires once at the next start. On PostgreSQL the store is clustered:
/// every replica runs a scheduler on the same tables, each firing is taken by one of them (under the store's row lock),
/// and a replica that stops checking in has its firings recovered by another.
/// </summary>
public static class JobsRegistration
{
    /// <summary>The scheduler's name, which every row of its tables carries (<c>sched_name</c>).</summary>
    public const string SchedulerName = "IncidentBot";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var setting = Hosting.CoreRegistration.DatabaseSetting(builder.Configuration);
        var clustering = SchedulerClustering.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(clustering);
        services.AddQuartz(q =>
        {
            UseBotStore(q, setting, clustering);
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
            q.AddJobMiddleware<BackgroundJobMiddleware>();
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<SchedulerLease>();
        services.AddSingleton<RetentionStore>();
        services.AddHostedService<RetentionSchedule>();
        services.TryAddSingleton(JobRetryPolicy.Default);
        return builder;
    }

    /// <summary>
    /// The scheduler's name and its persistent store in the database <paramref name="setting"/> names, the tables
    /// created when missing: the bot's own scheduler and anything else that must find the same tables
    /// (<c>migrate-to-postgres</c> provisions them on its target this way) use this one configuration.
    /// </summary>
    public static void UseBotStore(IQuartzBuilder q, string setting, SchedulerClustering clustering)
    {
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            if (PostgresSettings.IsPostgres(setting))
            {
                // Each replica's own name in the cluster (a lone SQLite scheduler keeps Quartz's non-clustered one).
                s.InstanceId = clustering.InstanceId;

                // A replica hears at once of timers it schedules itself, not of those another replica scheduled: it
                // looks for them as often as it checks in, so a dead replica's timers fire seconds late, not 30.
                s.IdleWaitTime = clustering.CheckinInterval;
            }
        });
        q.UsePersistentStore(store =>
        {
            store.ConfigureStore(o =>
            {
                o.StoreJobDataAsStrings = true;
                o.MisfireThreshold = TimeSpan.FromSeconds(2);
            });
            if (PostgresSettings.TryParse(setting, out var postgres))
            {
                store.UsePostgres(postgres);
                store.UseClustering(c =>
                {
                    c.CheckinInterval = clustering.CheckinInterval;
                    c.CheckinMisfireThreshold = clustering.CheckinMisfireThreshold;
                });
            }
            else
            {
                store.UseSqlite(SchedulerConnections.Instance, new SqliteDatabase(setting).ConnectionString);
            }

            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
        });
    }
}
