using System.Diagnostics;
using System.Globalization;
using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The public status page with 1,000 incidents in the database: sequential GETs of <c>/status</c>, <c>/status.json</c>
/// and <c>/status.atom</c> after a warm-up, timing the server's own render time (its <c>Server-Timing</c> header: the
/// database read and the rendering) and the client's full answer.
/// </summary>
public static class StatusPageScenario
{
    private const double TargetMs = 50;
    private const int Incidents = 1_000;

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var (warmup, requests) = quick ? (20, 50) : (50, 300);
        var settings = new Dictionary<string, string>
        {
            ["IncidentBot__StatusPage__Components__api__Name"] = "API",
            ["IncidentBot__StatusPage__Components__checkout__Name"] = "Checkout",
            ["IncidentBot__StatusPage__Components__search__Name"] = "Search",
        };
        await using var env = await BenchmarkEnvironment.StartAsync(settings, (_, database) => SeedAsync(database), engine: engine);
        var rows = new List<(string, LatencyStats, string?)>();
        LatencyStats? html = null;
        foreach (var path in new[] { "/status", "/status.json", "/status.atom" })
        {
            var (server, client, bytes) = await MeasureAsync(env.Http, path, warmup, requests);
            html ??= server;
            rows.Add(($"`{path}` server", server, null));
            rows.Add(($"`{path}` client", client, string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB")));
        }

        report.Section($"Status page render time — {engine.Label}", $"{Incidents:N0} incidents in a {engine.Label} database (10 live, the rest resolved over the " +
            "last 90 days, one in ten private; each public one with 3 public messages and 2 affected components), so about 80 " +
            $"are on the page. {warmup} warm-up requests, then {requests} sequential requests per address. 'server' is the " +
            "`Server-Timing` the bot reports (database read and rendering); 'client' is send to full answer over loopback.");
        report.LatencyTable("Status page answers ('requests' = timed requests).", rows);
        report.Target("Status page", $"`/status` with {Incidents:N0} incidents: server p99 < {TargetMs:0} ms", AckLatencyScenario.Ms(html!.P99), html.P99 < TargetMs, engine);
    }

    private static async Task<(LatencyStats Server, LatencyStats Client, long Bytes)> MeasureAsync(HttpClient http, string path, int warmup, int requests)
    {
        var (server, client) = (new List<double>(requests), new List<double>(requests));
        long bytes = 0;
        for (var i = 0; i < warmup + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            var took = clock.Elapsed.TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (i < warmup)
            {
                continue;
            }

            bytes = body.Length;
            client.Add(took);
            var timing = response.Headers.GetValues("Server-Timing").Single();
            server.Add(double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture));
        }

        return (LatencyStats.Of(server), LatencyStats.Of(client), bytes);
    }

    private static async Task SeedAsync(string databaseSetting)
    {
        using var database = Database.Open(databaseSetting);
        await new Migrator(database).MigrateAsync();
        var incidents = new IncidentStore(database);
        var now = TimeProvider.System.GetUtcNow();
        string[] components = ["api", "checkout", "search"];
        await database.InTransactionAsync(async tx =>
        {
            for (var i = 0; i < Incidents; i++)
            {
                var live = i >= Incidents - 10;
                var declared = live ? now - TimeSpan.FromMinutes(30 + i % 10) : now - TimeSpan.FromHours(90 * 24.0 * (Incidents - i) / Incidents);
                var id = (await incidents.InsertAsync(tx, new NewIncident($"Seeded incident {i + 1}", "sev2", i % 10 == 3, "U1",
                    UnixTime.ToUnixMs(declared), null, null, $"seed-{i + 1}", null))).Id;
                if (!live)
                {
                    await tx.Connection!.ExecuteAsync("UPDATE incidents SET status = 'Resolved', resolved_at = @at WHERE id = @id",
                        new { at = UnixTime.ToUnixMs(declared + TimeSpan.FromHours(2)), id }, tx);
                }

                await StatusPageStore.SetComponentsAsync(tx, id, new Dictionary<string, ComponentState>
                {
                    [components[i % 3]] = ComponentState.PartialOutage, [components[(i + 1) % 3]] = ComponentState.Degraded,
                });
                foreach (var (stage, n) in new[] { PublicStage.Investigating, PublicStage.Identified, PublicStage.Monitoring }.Select((s, n) => (s, n)))
                {
                    await StatusPageStore.AddMessageAsync(tx, new PublicMessage(0, id, stage,
                        $"Seeded public message {n + 1} of incident {i + 1}: customers may see errors while we work on it.", "U1",
                        declared + TimeSpan.FromMinutes(10 * (n + 1))), $"seed-{i + 1}-{n}");
                }
            }

            return 0;
        });
    }
}
