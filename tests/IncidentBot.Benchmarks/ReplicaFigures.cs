namespace IncidentBot.Benchmarks;

/// <summary>What one run of the replicas scenario measured.</summary>
/// <param name="Seeding">Time to write the incidents into the database.</param>
/// <param name="Scheduled">Update-reminder triggers in Quartz's <c>qrtz_triggers</c> when the wait ended.</param>
/// <param name="ScheduleTime">From the first bot process's start until they were all there.</param>
/// <param name="Margin">From all being scheduled until the first reminder was due (negative: scheduled too late).</param>
/// <param name="Instances">Scheduler instances checked in to the cluster (rows of <c>qrtz_scheduler_state</c>).</param>
/// <param name="Lateness">First reminders' posted minus due, in ms, across both replicas; errors = not posted.</param>
/// <param name="ByReplica">Each replica's own figures, in the order the processes were started.</param>
/// <param name="Duplicates">Reminder posts beyond the first for the same reminder period (effect key).</param>
/// <param name="Early">First reminders posted before they were due.</param>
/// <param name="LaterPeriods">Reminders for the next period (a cadence after the first) posted during the run.</param>
public sealed record ReplicaFigures(
    TimeSpan Seeding,
    long Scheduled,
    TimeSpan ScheduleTime,
    TimeSpan Margin,
    long Instances,
    LatencyStats Lateness,
    IReadOnlyList<ReplicaShare> ByReplica,
    int Duplicates,
    int Early,
    int LaterPeriods);
