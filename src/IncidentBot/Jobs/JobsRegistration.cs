using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Quartz with its persistent job store in the bot's own SQLite database, so reminders and escalations survive
/// restarts; a trigger that came due while the bot was down fires once at the next start.
/// </summary>
public static class JobsRegistration
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var database = new SqliteDatabase(Hosting.CoreRegistration.DatabaseSetting(builder.Configuration));
        var services = builder.Services;
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "IncidentBot");
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
            q.AddJobMiddleware<BackgroundJobMiddleware>();
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = TimeSpan.FromSeconds(2);
                });
                store.UseSqlite(SchedulerConnections.Instance, database.ConnectionString);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<RetentionStore>();
        services.AddHostedService<RetentionSchedule>();
        services.TryAddSingleton(JobRetryPolicy.Default);
        return builder;
    }
}
