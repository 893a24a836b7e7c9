namespace IncidentBot.Benchmarks;

/// <summary>What one run of the reminder scenario measured.</summary>
/// <param name="Seeding">Time to write the incidents into the database.</param>
/// <param name="Lead">From seeding to the first measured reminder's due time.</param>
/// <param name="Scheduled">Update-reminder triggers in Quartz's <c>qrtz_triggers</c> when the wait ended.</param>
/// <param name="ScheduleTime">From the bot process start until they were all there.</param>
/// <param name="Margin">From all being scheduled until the first measured reminder was due (negative: scheduled too late).</param>
/// <param name="MemoryScheduled">VmRSS in MB, 2 s after all were scheduled.</param>
/// <param name="MemoryAfter">VmRSS in MB after the window.</param>
/// <param name="Peak">VmHWM in MB at the end.</param>
/// <param name="Early">Reminders posted in incidents that were not due during the run.</param>
/// <param name="Lateness">Posted minus due, in ms; errors = reminders not posted.</param>
public sealed record ReminderFigures(
    TimeSpan Seeding,
    TimeSpan Lead,
    long Scheduled,
    TimeSpan ScheduleTime,
    TimeSpan Margin,
    double MemoryScheduled,
    double MemoryAfter,
    double Peak,
    int Early,
    LatencyStats Lateness);
