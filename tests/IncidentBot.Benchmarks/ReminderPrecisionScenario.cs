using System.Diagnostics;
using System.Globalization;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Benchmarks;

/// <summary>
/// 10,000 open incidents with a 15-minute update cadence, seeded before the bot starts (<see cref="OpenIncidentSeeder"/>):
/// how long the bot takes to schedule all their reminders in Quartz, how late the reminders that fall due in a 20 s
/// window are posted (fake Slack message ts minus due time), and the bot's memory with all 10,000 scheduled.
/// </summary>
public static class ReminderPrecisionScenario
{
    private const int Total = 10_000;
    private const int InWindow = 200;
    private const double LatenessTargetMs = 1000;
    private const double MemoryTargetMb = 300;
    private static readonly TimeSpan Cadence = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        // The window opens after the bot has had time to start and schedule everything (checked below, and said if not):
        // PostgreSQL seeds and schedules several times slower (a round trip per statement; each trigger under the clustered
        // scheduler's lock row).
        var lead = (engine.Engine == Core.Storage.DatabaseEngine.Postgres, quick) switch
        {
            (false, true) => TimeSpan.FromSeconds(75), (false, false) => TimeSpan.FromSeconds(120),
            (true, true) => TimeSpan.FromSeconds(240), (true, false) => TimeSpan.FromSeconds(600),
        };
        IReadOnlyList<SeededIncident> seeded = [];
        var seeding = new Stopwatch();
        var settings = new Dictionary<string, string> { [$"IncidentBot__Severities__{OpenIncidentSeeder.Severity}__UpdateCadence"] = "00:15:00" };
        await using var env = await BenchmarkEnvironment.StartAsync(settings, async (slack, database) =>
        {
            seeding.Start();
            seeded = await OpenIncidentSeeder.SeedAsync(database, slack, DueTimes(TimeProvider.System.GetUtcNow() + lead), Cadence);
            seeding.Stop();
        }, engine: engine);
        var sinceReady = Stopwatch.StartNew();
        var scheduled = await QuartzTriggers.WaitForCountAsync(env.DatabaseSetting, "update-reminder", Total, lead + Window);
        var scheduleTime = env.StartupTime + sinceReady.Elapsed;
        var allScheduledAt = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var memoryScheduled = env.Bot.WorkingSetMb();

        var window = seeded.Where((_, i) => i >= Total - InWindow).ToList();
        var windowEnd = window.Max(s => s.ReminderDue) + TimeSpan.FromSeconds(5);
        if (windowEnd - TimeProvider.System.GetUtcNow() is { } rest && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest);
        }

        var lateness = Lateness(env, window, out var missing);
        var early = seeded.Take(Total - InWindow).Count(s => Reminders(env, s.ChannelId).Count > 0);
        Publish(report, engine, new ReminderFigures(seeding.Elapsed, lead, scheduled, scheduleTime, window.Min(s => s.ReminderDue) - allScheduledAt,
            memoryScheduled, env.Bot.WorkingSetMb(), env.Bot.PeakWorkingSetMb(), early, LatencyStats.Of(lateness, missing)));
    }

    private static void Publish(Report report, BenchmarkEngine engine, ReminderFigures f)
    {
        report.Section($"Reminder precision with 10,000 open incidents — {engine.Label}", string.Create(CultureInfo.InvariantCulture,
            $"{Total:N0} open SEV2 incidents (cadence 15 min, IC set, channel, brief and headline already provisioned) were written " +
            $"into the database in {f.Seeding.TotalSeconds:0.0} s before the bot started, each with the `sync_schedule` work a " +
            $"declaration queues. The last {InWindow} fall due evenly over {Window.TotalSeconds:0} s starting {f.Lead.TotalSeconds:0} s after seeding; " +
            $"the rest fall due 1–11 min after that window, after the run. The fake Slack answers at once. " +
            $"{f.Scheduled:N0} of {Total:N0} update-reminder triggers were in the scheduler's `qrtz_triggers` **{f.ScheduleTime.TotalSeconds:0.0} s** after the bot process " +
            $"started{Overlap(f.Margin)}. " +
            $"Working set (VmRSS) with all scheduled: **{f.MemoryScheduled:0} MB**; after the window: {f.MemoryAfter:0} MB; peak (VmHWM): {f.Peak:0} MB. " +
            $"Reminders posted in incidents not yet due: {f.Early}."));
        var stats = f.Lateness;
        report.LatencyTable("Reminder lateness: the reminder message's Slack ts minus the time it was due ('errors' = reminders not posted within 5 s after the window).",
            new List<(string, LatencyStats, string?)> { ($"{InWindow} reminders due in {Window.TotalSeconds:0} s", stats, null) });
        report.Target("Reminders, 10,000 open", $"lateness p99 < {LatenessTargetMs:0} ms, none missing",
            AckLatencyScenario.Ms(stats.P99) + $", {stats.Errors} missing", stats.P99 < LatenessTargetMs && stats.Errors == 0, engine);
        report.Target("Reminders, 10,000 open", $"working set with 10,000 scheduled < {MemoryTargetMb:0} MB",
            $"{f.MemoryScheduled:0} MB", f.MemoryScheduled < MemoryTargetMb, engine);
    }

    /// <summary>How the scheduling finished against the first measured due time, as the report says it.</summary>
    public static string Overlap(TimeSpan margin) => margin > TimeSpan.Zero
        ? string.Create(CultureInfo.InvariantCulture, $", {margin.TotalSeconds:0.0} s before the first measured reminder was due")
        : string.Create(CultureInfo.InvariantCulture,
            $" — **{-margin.TotalSeconds:0.0} s after the first measured reminder was due**, so the lateness below includes waiting to be scheduled");

    /// <summary>The last <see cref="InWindow"/> fall due evenly over the window; the others 1–11 minutes after it.</summary>
    private static List<DateTimeOffset> DueTimes(DateTimeOffset windowStart)
    {
        var later = windowStart + Window + TimeSpan.FromMinutes(1);
        var rest = Enumerable.Range(0, Total - InWindow).Select(i => later + TimeSpan.FromMilliseconds(i * 600_000.0 / (Total - InWindow)));
        var inWindow = Enumerable.Range(0, InWindow).Select(i => windowStart + (Window * i / InWindow));
        return [.. rest, .. inWindow];
    }

    private static List<double> Lateness(BenchmarkEnvironment env, List<SeededIncident> window, out int missing)
    {
        var lateness = new List<double>(window.Count);
        missing = 0;
        foreach (var incident in window)
        {
            if (Reminders(env, incident.ChannelId) is [var ts, ..])
            {
                lateness.Add((ts - incident.ReminderDue).TotalMilliseconds);
            }
            else
            {
                missing++;
            }
        }

        return lateness;
    }

    private static List<DateTimeOffset> Reminders(BenchmarkEnvironment env, string channel) =>
        env.Slack.State.Messages(channel).Where(m => m.MetadataEventType == ReminderMessage.MetadataEventType)
            .Select(m => DateTimeOffset.FromUnixTimeMilliseconds((long)(decimal.Parse(m.Ts, CultureInfo.InvariantCulture) * 1000))).ToList();
}
