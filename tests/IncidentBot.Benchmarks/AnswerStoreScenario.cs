using System.Diagnostics;
using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Testing;
using IncidentBot.Work;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The database work an answer waits on, in-process and on its own: the declare transaction (the "possibly related"
/// check, then the incident, its timeline entries and its queued provisioning in one commit) and the read of an
/// incident by channel that <c>/incident status</c> makes. It separates the bot's own cost from the HTTP round trip and
/// the host's noise, which the acknowledgement figures include. On SQLite the write-ahead log is checkpointed every second
/// beside the calls, as the host does; PostgreSQL needs nothing beside them.
/// </summary>
public static class AnswerStoreScenario
{
    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var (warmup, count) = quick ? (200, 500) : (1_000, 3_000);
        var setting = engine.CreateDatabase();
        try
        {
            using var database = Database.Open(setting);
            await new Migrator(database).MigrateAsync();
            var incidents = new IncidentStore(database);
            using var signal = new WorkSignal();
            var service = new IncidentService(TestChanges.On(database, signal, TimeProvider.System), incidents, new OpenTitleIndex(incidents),
                RoleCatalog.From(new IncidentBotOptions()), Words.English);
            var severity = SeverityLadder.From(new IncidentBotOptions()).Get("sev2");

            // The write-ahead log is checkpointed every second beside the calls, as the host's WalCheckpointer does.
            using var stop = new CancellationTokenSource();
            var checkpoints = database is SqliteDatabase sqlite ? CheckpointEverySecondAsync(sqlite, stop.Token) : Task.CompletedTask;
            var declares = new List<double>(count);
            for (var i = 0; i < warmup + count; i++)
            {
                var request = new DeclareRequest($"store-{i}", $"Checkout payments failing in region {i % 50}", severity, "U1",
                    false, true, ResponseUrl: "https://hooks.slack.com/commands/T1/1/x");
                var clock = Stopwatch.StartNew();
                await service.DeclareAsync(request);
                if (i >= warmup)
                {
                    declares.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            var reads = new List<double>(count);
            for (var i = 0; i < warmup + count; i++)
            {
                var clock = Stopwatch.StartNew();
                await incidents.GetByChannelAsync("C-not-an-incident");
                if (i >= warmup)
                {
                    reads.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            await stop.CancelAsync();
            await checkpoints;
            var where = database is SqliteDatabase ? "a fresh SQLite file with the bot's settings and its checkpoint every second" : "a fresh PostgreSQL database";
            report.Section($"Answer-path database work — {engine.Label}", string.Create(CultureInfo.InvariantCulture,
                $"In-process, on {where}, nothing else running: {warmup:N0} warm-up calls, then {count:N0} timed. " +
                $"A declare here is `IncidentService.DeclareAsync` (the possibly-related check against the open incidents declared before it, " +
                $"then one commit: the incident, its member, two timeline entries, the commander and two queued work items); " +
                $"the read is the incident-by-channel lookup `/incident status` makes (a miss, so no row is mapped)."));
            report.LatencyTable($"Time per call on {engine.Label}, in-process ('requests' = timed calls; the note gives p50 and p99 in microseconds).",
                new List<(string, LatencyStats, string?)> { Row("declare transaction", declares), Row("incident read by channel", reads) });
        }
        finally
        {
            BenchmarkEngine.Drop(setting);
        }
    }

    private static async Task CheckpointEverySecondAsync(SqliteDatabase database, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await database.CheckpointAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }

    private static (string, LatencyStats, string?) Row(string name, List<double> millis)
    {
        var stats = LatencyStats.Of(millis);
        return (name, stats, string.Create(CultureInfo.InvariantCulture, $"p50 {stats.P50 * 1000:0} µs, p99 {stats.P99 * 1000:0} µs"));
    }
}
