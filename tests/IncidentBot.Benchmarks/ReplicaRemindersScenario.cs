using System.Diagnostics;
using System.Globalization;
using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Two bot processes on one PostgreSQL database share 10,000 open incidents' update reminders: seeded as
/// <see cref="OpenIncidentSeeder"/> does, with their first reminders due evenly over one cadence (15 minutes), the steady
/// load 10,000 open incidents put on the bot. The clustered scheduler fires each reminder on one replica. Measures how
/// late the first reminders are posted across both (the fake Slack's arrival time of the <c>chat.postMessage</c> minus the
/// due time) and counts reminder posts by the reminder period each is for (the effect key in its metadata): each period
/// posted exactly once, none duplicated, none missing.
/// </summary>
public static class ReplicaRemindersScenario
{
    private const int Replicas = 2;
    private const double LatenessTargetMs = 2000;

    public static async Task RunAsync(Report report, bool quick)
    {
        // The lead lets both replicas start and schedule every reminder before the first is due (checked, and said if not).
        var (total, cadence, lead) = quick
            ? (1_000, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(90)) : (10_000, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(8));
        var settings = new Dictionary<string, string>
        {
            [$"IncidentBot__Severities__{OpenIncidentSeeder.Severity}__UpdateCadence"] = cadence.ToString("c", CultureInfo.InvariantCulture),

            // Each firing's outcome is logged at Information: it tells which replica's scheduler fired which reminder.
            [$"Serilog__MinimumLevel__Override__{typeof(Jobs.UpdateReminderJob).FullName}"] = "Information",
        };
        IReadOnlyList<SeededIncident> seeded = [];
        var seeding = new Stopwatch();
        await using var env = await BenchmarkEnvironment.StartAsync(settings, async (slack, database) =>
        {
            seeding.Start();
            var first = TimeProvider.System.GetUtcNow() + lead;
            seeded = await OpenIncidentSeeder.SeedAsync(database, slack, [.. Enumerable.Range(0, total).Select(i => first + (cadence * i / total))], cadence);
            seeding.Stop();
        }, engine: BenchmarkEngine.Postgres, replicas: Replicas);
        var sinceReady = Stopwatch.StartNew();
        var scheduled = await QuartzTriggers.WaitForCountAsync(env.DatabaseSetting, "update-reminder", total, lead + cadence);
        var scheduleTime = env.StartupTime + sinceReady.Elapsed;
        var margin = seeded[0].ReminderDue - TimeProvider.System.GetUtcNow();
        var instances = await QuartzTriggers.ClusterInstancesAsync(env.DatabaseSetting);

        // Until the last is due, then until every first reminder is posted or a minute has passed (polled only then, so the
        // counting takes no processor time from the replicas while they work); then a few seconds for any second post.
        if (seeded[^1].ReminderDue - TimeProvider.System.GetUtcNow() is { } rest && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest);
        }

        var deadline = seeded[^1].ReminderDue + TimeSpan.FromMinutes(1);
        while (ReminderPost.Of(env.Slack).Where(p => p.Missed == 1).DistinctBy(p => p.IncidentId).Count() < total && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(500);
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var posts = ReminderPost.Of(env.Slack);
        var first = posts.Where(p => p.Missed == 1).GroupBy(p => p.IncidentId).ToDictionary(g => g.Key, g => g.Min(p => p.At));
        var postedBy = await PostedByAsync(env);
        Publish(report, total, cadence, lead, new ReplicaFigures(
            seeding.Elapsed, scheduled, scheduleTime, margin, instances, Lateness(seeded, first, _ => true),
            [.. env.Bots.Select((bot, i) => Share(bot, i, seeded, first, postedBy))],
            posts.GroupBy(p => p.EffectKey).Sum(g => g.Count() - 1), seeded.Count(s => first.TryGetValue(s.Id, out var at) && at < s.ReminderDue),
            posts.Count(p => p.Missed > 1)));
    }

    private static void Publish(Report report, int total, TimeSpan cadence, TimeSpan lead, ReplicaFigures f)
    {
        var engine = BenchmarkEngine.Postgres;
        report.Section($"Two replicas sharing {total:N0} open incidents' reminders — {engine.Label}", string.Create(CultureInfo.InvariantCulture,
            $"{total:N0} open SEV2 incidents (cadence {cadence.TotalMinutes:0} min, IC set, channel, brief and headline already provisioned) were written into one " +
            $"PostgreSQL database in {f.Seeding.TotalSeconds:0.0} s; then {Replicas} bot processes were started on it, the second once the first was ready. " +
            $"The first reminders fall due evenly over one cadence ({total / cadence.TotalSeconds:0.0}/s) starting {lead.TotalSeconds:0} s after seeding; " +
            $"the next ones, a cadence after each was sent, begin as the last first ones fall due ({f.LaterPeriods:N0} of them were posted during the run). " +
            $"The fake Slack answers at once. {f.Instances} scheduler instances had checked in to the cluster; {f.Scheduled:N0} of {total:N0} update-reminder " +
            $"triggers were in `qrtz_triggers` **{f.ScheduleTime.TotalSeconds:0.0} s** after the first bot process started{ReminderPrecisionScenario.Overlap(f.Margin)}. " +
            $"Reminder posts (successful `chat.postMessage` calls carrying the reminder's metadata), counted by the reminder period in their effect key: " +
            $"**{f.Duplicates} duplicated, {f.Lateness.Errors} missing**; posted before due: {f.Early}."));
        report.Line("| replica | firings that sent a reminder | firings that found it already sent | first reminders it posted | VmRSS after |\n| --- | ---: | ---: | ---: | ---: |\n" +
            string.Join("\n", f.ByReplica.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Fired:N0} | {r.NotDue:N0} | {r.Lateness.Count:N0} | {r.MemoryMb:0} MB |"))));
        report.LatencyTable("First reminders' lateness: the fake Slack's arrival time of the reminder's `chat.postMessage` minus its due time ('errors' = not posted within a minute of the last due time); per replica, the ones that replica posted.",
            [($"{total:N0} reminders due over {cadence.TotalMinutes:0} min, both replicas", f.Lateness, null),
                .. f.ByReplica.Select(r => ($"posted by {r.Name}", r.Lateness, (string?)null))]);
        report.Target($"Replicas, {total:N0} open", $"lateness across both replicas p99 < {LatenessTargetMs:0} ms",
            AckLatencyScenario.Ms(f.Lateness.P99), f.Lateness.P99 < LatenessTargetMs, engine);
        report.Target($"Replicas, {total:N0} open", "each reminder period posted exactly once: 0 duplicates, 0 missing",
            $"{f.Duplicates} duplicates, {f.Lateness.Errors} missing", f.Duplicates == 0 && f.Lateness.Errors == 0, engine);
    }

    /// <summary>Which process posted each incident's first reminder: the holder of the queued post's claim.</summary>
    private static async Task<Dictionary<long, string>> PostedByAsync(BenchmarkEnvironment env)
    {
        using var database = Database.Open(env.DatabaseSetting);
        var rows = await database.ReadAsync(c => c.QueryAsync<(long IncidentId, string? ClaimedBy)>(
            "SELECT incident_id, claimed_by FROM outbox WHERE kind = @kind AND status = 'done' AND dedupe_key LIKE '%:1'",
            new { kind = CadenceWorkKinds.PostReminder }));
        return rows.GroupBy(r => r.IncidentId).ToDictionary(g => g.Key, g => g.First().ClaimedBy ?? "");
    }

    private static ReplicaShare Share(
        BotProcessRunner bot, int index, IReadOnlyList<SeededIncident> seeded, Dictionary<long, DateTimeOffset> first, Dictionary<long, string> postedBy)
    {
        // A claim's holder is "host/pid/nonce": the process id says which replica it was.
        var holder = $"/{bot.Pid.ToString(CultureInfo.InvariantCulture)}/";
        var firings = bot.Log().Split('\n').Where(l => l.Contains("Update reminder for incident", StringComparison.Ordinal)).ToList();
        return new ReplicaShare($"replica {index + 1}", firings.Count(l => l.Contains(": sent", StringComparison.Ordinal)),
            firings.Count(l => l.Contains(": not due", StringComparison.Ordinal)),
            Lateness(seeded, first, s => postedBy.TryGetValue(s.Id, out var h) && h.Contains(holder, StringComparison.Ordinal)), bot.WorkingSetMb());
    }

    private static LatencyStats Lateness(IReadOnlyList<SeededIncident> seeded, Dictionary<long, DateTimeOffset> first, Func<SeededIncident, bool> include)
    {
        var chosen = seeded.Where(include).ToList();
        var posted = chosen.Where(s => first.ContainsKey(s.Id)).Select(s => (first[s.Id] - s.ReminderDue).TotalMilliseconds).ToList();
        return LatencyStats.Of(posted, chosen.Count - posted.Count);
    }
}
