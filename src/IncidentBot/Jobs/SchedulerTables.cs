using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// The scheduler's tables as <c>migrate-to-postgres</c> moves them: which of them hold pending timers, how a stopped
/// process's claims on triggers are given up, and how a new database gets the tables the bot's scheduler will look for.
/// </summary>
public static class SchedulerTables
{
    /// <summary>
    /// What a pending timer is made of: jobs, triggers of each kind, calendars and paused groups. Firings under way,
    /// check-ins and locks belong to the processes that made them, which are stopped, and are not moved.
    /// </summary>
    public static readonly IReadOnlyList<string> Pending =
    [
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers",
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps",
    ];

    /// <summary>The prefix of every scheduler table, the pending ones and the rest.</summary>
    public const string Prefix = "qrtz_";

    /// <summary>
    /// Triggers a stopped process had taken (acquired to fire, or blocked behind a running job) wait to fire again, as a
    /// scheduler on one file sets them at its start; a clustered scheduler only recovers firings recorded in the
    /// firing table, which is not moved, so without this they would never fire.
    /// </summary>
    public const string ReleaseSql = """
        UPDATE qrtz_triggers SET trigger_state = CASE trigger_state WHEN 'PAUSED_BLOCKED' THEN 'PAUSED' ELSE 'WAITING' END
        WHERE sched_name = @scheduler AND trigger_state IN ('ACQUIRED', 'BLOCKED', 'PAUSED_BLOCKED')
        """;

    /// <summary>
    /// Creates the scheduler's tables in the database <paramref name="setting"/> names, as the bot does at start (its own
    /// store configuration, whose schema provisioning creates what is missing), without starting a scheduler.
    /// </summary>
    public static async Task ProvisionAsync(string setting, IConfiguration configuration, CancellationToken ct = default)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(q => JobsRegistration.UseBotStore(q, setting, SchedulerClustering.From(configuration)));
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Shutdown(waitForJobsToComplete: false, ct);
    }
}
