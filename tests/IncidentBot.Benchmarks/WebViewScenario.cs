using System.Diagnostics;
using System.Globalization;
using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Web;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The web view with 10,000 incidents in the database: sequential signed-in GETs of the list, the list searched by a
/// rare word and by a common one, the list filtered by service and dates, and one incident's page with its post-mortem,
/// after a warm-up, timing the server's own time (its <c>Server-Timing</c> header: the database reads and rendering)
/// and the client's full answer.
/// </summary>
public static class WebViewScenario
{
    private const double TargetMs = 100;
    private const int Incidents = 10_000;
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-client-secret";

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var (warmup, requests) = quick ? (20, 50) : (50, 300);
        var settings = new Dictionary<string, string>
        {
            ["IncidentBot__Web__ClientId"] = ClientId, ["IncidentBot__Web__ClientSecret"] = ClientSecret, ["IncidentBot__Web__PublicUrl"] = "http://web.bench/",
        };
        await using var env = await BenchmarkEnvironment.StartAsync(settings, (_, database) => SeedAsync(database), engine: engine);
        var cookie = new SessionCookie(new WebSettings(ClientId, ClientSecret, new Uri("http://web.bench/")), TimeProvider.System)
            .SignSession(new WebSession("U1", "T0001", "Benchmark", "UTC", "en", TimeProvider.System.GetUtcNow().AddHours(1)));
        var rows = new List<(string, LatencyStats, string?)>();
        var worst = 0.0;
        var from = TimeProvider.System.GetUtcNow().AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var path in new[]
                 {
                     "/incidents", "/incidents?q=quasar", "/incidents?q=database+failover", "/incidents?q=seeded&status=closed",
                     $"/incidents?service=billing&from={from}", $"/incidents/{(Incidents / 2) + 1}",
                 })
        {
            var (server, client, bytes) = await MeasureAsync(env.Http, cookie, path, warmup, requests);
            worst = Math.Max(worst, server.P99);
            rows.Add(($"`{path}` server", server, null));
            rows.Add(($"`{path}` client", client, string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB")));
        }

        report.Section($"Web view render time — {engine.Label}", $"{Incidents:N0} incidents in a {env.Engine.Label} database (declared over the last year, one in " +
            "ten private, each with an update naming a service, two timeline notes, and one in five with a post-mortem), read by a " +
            $"signed-in member. {warmup} warm-up requests, then {requests} sequential requests per address. `quasar` is in one " +
            "incident's timeline; `database failover` in one in ten; `seeded` in every one. 'server' is the `Server-Timing` the bot " +
            "reports (database reads and rendering); 'client' is send to full answer over loopback.");
        report.LatencyTable("Web view answers ('requests' = timed requests).", rows);
        report.Target("Web view", $"list, searches and incident page with {Incidents:N0} incidents: server p99 < {TargetMs:0} ms", AckLatencyScenario.Ms(worst), worst < TargetMs, engine);
    }

    internal static async Task<(LatencyStats Server, LatencyStats Client, long Bytes)> MeasureAsync(HttpClient http, string cookie, string path, int warmup, int requests)
    {
        var (server, client) = (new List<double>(requests), new List<double>(requests));
        long bytes = 0;
        for (var i = 0; i < warmup + requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add("Cookie", $"{SessionCookie.SessionName}={cookie}");
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
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

    /// <summary>A post-mortem of about the size the compiler writes: headings, a table, lists and links.</summary>
    private static readonly string Markdown = "# Post-mortem\n\n## Summary\n\nCustomers saw errors at checkout for 40 minutes.\n\n## Timeline\n\n| When | What |\n|---|---|\n"
        + string.Concat(Enumerable.Range(1, 40).Select(n => $"| 10:{n:00} | Step {n}: checked the [dashboard](https://grafana.example/d/{n}) and **logs** |\n"))
        + "\n## Action items\n\n" + string.Concat(Enumerable.Range(1, 10).Select(n => $"- [ ] Action {n}: add an alert for `queue_depth`\n"));

    internal static async Task SeedAsync(string databaseSetting)
    {
        using var database = Database.Open(databaseSetting);
        await new Migrator(database).MigrateAsync();
        var incidents = new IncidentStore(database);
        var timeline = new TimelineStore(database);
        var postmortems = new PostmortemStore(database);
        var now = TimeProvider.System.GetUtcNow();
        string[] services = ["billing", "search", "checkout", "auth"];
        await database.InTransactionAsync(async tx =>
        {
            for (var i = 0; i < Incidents; i++)
            {
                var declared = now - TimeSpan.FromHours(365 * 24.0 * (Incidents - i) / Incidents);
                var title = i % 10 == 0 ? $"Seeded database failover {i + 1}" : $"Seeded incident {i + 1}";
                var id = (await incidents.InsertAsync(tx, new NewIncident(title, i % 3 == 0 ? "sev1" : "sev2", i % 10 == 3, "U1",
                    UnixTime.ToUnixMs(declared), "Customers see errors", null, $"seed-{i + 1}", null))).Id;
                await tx.Connection!.ExecuteAsync("""
                    INSERT INTO incident_updates (incident_id, number, severity, status, previous_status, summary, posted_by, posted_at, idempotency_key, services)
                    VALUES (@id, 1, 'sev2', 'Identified', 'Investigating', 'Rolled back the latest deploy', 'U1', @at, @key, @service)
                    """, new { id, at = UnixTime.ToUnixMs(declared.AddMinutes(10)), key = $"seed-update-{i}", service = services[i % services.Length] }, tx);
                for (var n = 0; n < 2; n++)
                {
                    var note = i == (Incidents / 3) + 1 && n == 1 ? "Found the quasar misconfiguration" : $"Seeded note {n + 1}: checked dashboards and logs";
                    await timeline.AddAsync(tx, new TimelineEntry(0, id, declared.AddMinutes(5 * (n + 1)), declared, TimelineKind.Note, note, "U1"));
                }

                if (i < Incidents - 20)
                {
                    await tx.Connection!.ExecuteAsync("UPDATE incidents SET status = 'Resolved', resolved_at = @at WHERE id = @id",
                        new { at = UnixTime.ToUnixMs(declared + TimeSpan.FromHours(2)), id }, tx);
                }

                if (i % 5 == 0)
                {
                    await postmortems.AddAsync(tx, id, $"seed-pm-{i}", Markdown, declared.AddDays(2));
                }
            }

            return 0;
        });
    }
}
