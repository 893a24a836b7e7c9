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
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var setting = Hosting.CoreRegistration.DatabaseSetting(builder.Configuration);
        var clustering = SchedulerClustering.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(clustering);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "IncidentBot";
                if (PostgresSettings.IsPostgres(setting))
                {
                    // Each replica's own name in the cluster (a lone SQLite scheduler keeps Quartz's non-clustered one).
                    s.InstanceId = clustering.InstanceId;

                    // A replica hears at once of timers it schedules itself, not of those another replica scheduled: it
                    // looks for them as often as it checks in, so a dead replica's timers fire seconds late, not 30.
                    s.IdleWaitTime = clustering.CheckinInterval;
                }
            });
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
            q.AddJobMiddleware<BackgroundJobMiddleware>();
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
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<SchedulerLease>();
        services.AddSingleton<RetentionStore>();
        services.AddHostedService<RetentionSchedule>();
        services.TryAddSingleton(JobRetryPolicy.Default);
        return builder;
    }
}
