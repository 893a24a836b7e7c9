using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using IncidentBot.Core.Storage;

namespace IncidentBot.Benchmarks;

/// <summary>
/// An alert storm: Alertmanager deliveries at 1,000 a minute across 50 fingerprints (half of them critical, which
/// declare at once; half warnings, which go to triage), open loop, for 5 minutes (30 s with <c>--quick</c>). Exactly 50
/// incidents or triage items must come of it, every delivery counted on its alert, and intake answers (the
/// <c>POST /hooks/alertmanager</c> round trip, which records the alert and queues its Slack work) p99 under 20 ms.
/// </summary>
public static class AlertIntakeScenario
{
    private const int Fingerprints = 50;
    private const int Declaring = 25;
    private const int PerMinute = 1_000;
    private const double BarMs = 20;
    private const string Token = "benchmark-alertmanager-token";
    private const string TriageEventType = "incidentbot_alert_triage";
    private const int WarmupDeliveries = 100;
    private static readonly TimeSpan FirstFirings = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var duration = quick ? TimeSpan.FromSeconds(30) : TimeSpan.FromMinutes(5);
        await using var env = await BenchmarkEnvironment.StartAsync(settings: new Dictionary<string, string>
        {
            ["IncidentBot__Hooks__alertmanager__Token"] = Token,
            ["IncidentBot__Hooks__alertmanager__SeverityMap__critical"] = "sev1",
            ["IncidentBot__Hooks__alertmanager__SeverityMap__warning"] = "sev3",
            ["IncidentBot__Hooks__alertmanager__AutoDeclare"] = "sev1",
        }, engine: engine);
        var bodies = Enumerable.Range(0, Fingerprints).Select(n => Body(n, "firing")).ToArray();
        var total = (int)(PerMinute * duration.TotalMinutes);

        // Warm-up that records nothing: resolved notifications of a fingerprint that never fired take the whole intake
        // path (token, body, parse, one transaction) and find no alert to resolve.
        var warmup = Body(Fingerprints + 1, "resolved");
        for (var i = 0; i < WarmupDeliveries; i++)
        {
            await DeliverAsync(env.Http, warmup);
        }

        var clock = Stopwatch.StartNew();
        var latencies = await SendAsync(env.Http, bodies, total);
        var sending = clock.Elapsed;
        var (incidents, triage, settled) = await WaitForItemsAsync(env, TimeSpan.FromMinutes(3));
        using var database = Database.Open(env.DatabaseSetting);
        var (rows, counted) = await database.ReadAsync(async c => (
            await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM alerts"),
            await c.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(fire_count), 0) FROM alerts")));
        var stats = Stats(latencies);

        report.Section($"Alert intake storm — {engine.Label}",
            string.Create(CultureInfo.InvariantCulture, $"{PerMinute:N0} Alertmanager deliveries a minute (one alert each) across {Fingerprints} fingerprints ") +
            string.Create(CultureInfo.InvariantCulture, $"for {duration.TotalMinutes:0.#} min, sent open loop from the benchmark process ({total:N0} deliveries in {sending.TotalSeconds:0.0} s): ") +
            string.Create(CultureInfo.InvariantCulture, $"{Declaring} fingerprints are critical and declare at once, {Fingerprints - Declaring} are warnings that go to triage; ") +
            "every later delivery of a fingerprint is deduplicated onto its alert. Latency is the intake's HTTP round trip (the alert " +
            "recorded and its Slack work queued in one transaction), after " +
            string.Create(CultureInfo.InvariantCulture, $"{WarmupDeliveries} warm-up deliveries that record nothing (resolved notifications of a fingerprint that never fired). ") +
            "Run alone with `--only alerts`.");
        var firstCount = (int)(FirstFirings.TotalMinutes * PerMinute);
        report.LatencyTable("`POST /hooks/alertmanager`, as the sender sees it; the first 5 s hold the 50 first firings and the 25 declares' follow-up work.", [
            ("alert deliveries @ 1,000/min", stats, null),
            ("of which the first 5 s", Stats(latencies[..firstCount]), "new alerts, declares and triage posts under way"),
            ("of which the rest", Stats(latencies[firstCount..]), "deduplicated onto open alerts"),
        ]);
        report.Line(string.Create(CultureInfo.InvariantCulture, $"Came of it: **{incidents} incidents** (channels with a pinned brief) and **{triage} triage messages**, ") +
            string.Create(CultureInfo.InvariantCulture, $"settled {settled.TotalSeconds:0.0} s after the last delivery; {rows} alert rows counting {counted:N0} firings of {total:N0} sent."));
        report.Target("Alert intake", "exactly 50 incidents or triage items (25 + 25)",
            string.Create(CultureInfo.InvariantCulture, $"{incidents} incidents + {triage} triage items, {rows} alerts"),
            incidents == Declaring && triage == Fingerprints - Declaring && rows == Fingerprints, engine);
        report.Target("Alert intake", "every delivery counted on its alert", string.Create(CultureInfo.InvariantCulture, $"{counted:N0} of {total:N0}"),
            counted == total && stats.Errors == 0, engine);
        report.Target("Alert intake", $"intake p99 < {BarMs:0} ms at 1,000 alerts/min", AckLatencyScenario.Ms(stats.P99), stats.P99 < BarMs && stats.Errors == 0, engine);
    }

    private static LatencyStats Stats(double[] latencies) =>
        LatencyStats.Of(latencies.Where(double.IsFinite).ToArray(), latencies.Count(l => !double.IsFinite(l)));

    private static async Task DeliverAsync(HttpClient http, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "hooks/alertmanager") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Open loop: delivery i leaves at i × 60 ms whatever became of the ones before; a failed one counts as infinite.</summary>
    private static async Task<double[]> SendAsync(HttpClient http, string[] bodies, int total)
    {
        var latencies = new double[total];
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var wait = TimeSpan.FromMilliseconds(i * 60_000.0 / PerMinute) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var started = clock.Elapsed;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "hooks/alertmanager")
                    {
                        Content = new StringContent(bodies[index % bodies.Length], Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    latencies[index] = response.IsSuccessStatusCode ? (clock.Elapsed - started).TotalMilliseconds : double.PositiveInfinity;
                }
                catch (HttpRequestException)
                {
                    latencies[index] = double.PositiveInfinity;
                }
            }));
        }

        await Task.WhenAll(tasks);
        return latencies;
    }

    /// <summary>
    /// Waits for the Slack side to settle (the work queue empty, every incident's brief pinned) and counts the incidents
    /// with a pinned brief and the triage messages; how long it took after the last delivery.
    /// </summary>
    private static async Task<(int Incidents, int Triage, TimeSpan Settled)> WaitForItemsAsync(BenchmarkEnvironment env, TimeSpan timeout)
    {
        using var database = Database.Open(env.DatabaseSetting);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (declared, pending) = await database.ReadAsync(async c => (
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM incidents"),
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'running')")));
            var pinned = env.Slack.State.Channels.Count(c => c.Name.StartsWith("incident-", StringComparison.Ordinal) && env.Slack.State.Pins(c.Id).Count > 0);
            var triage = env.Slack.State.Messages(BenchmarkEnvironment.FeedChannel).Count(m => m.MetadataEventType == TriageEventType);
            if ((pending == 0 && pinned == declared) || clock.Elapsed > timeout)
            {
                return (pinned, triage, clock.Elapsed);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Alertmanager's version 4 payload with one alert of <paramref name="status"/>, fingerprint <paramref name="n"/>.</summary>
    private static string Body(int n, string status)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"BenchAlert{n:D2}");
        var labels = new JsonObject { ["alertname"] = name, ["job"] = "bench", ["severity"] = n < Declaring ? "critical" : "warning" };
        var alert = new JsonObject
        {
            ["status"] = status, ["labels"] = labels.DeepClone(),
            ["annotations"] = new JsonObject { ["summary"] = $"{name} is firing", ["runbook_url"] = $"https://runbooks.example.org/{name}" },
            ["startsAt"] = "2026-12-03T06:58:12.345Z", ["endsAt"] = "0001-01-01T00:00:00Z",
            ["generatorURL"] = $"http://prometheus.example.org:9090/graph?g0.expr={name}",
            ["fingerprint"] = string.Create(CultureInfo.InvariantCulture, $"bench{n:D2}"),
        };
        return new JsonObject
        {
            ["receiver"] = "incidentbot", ["status"] = status, ["alerts"] = new JsonArray(alert),
            ["groupLabels"] = new JsonObject { ["alertname"] = name }, ["commonLabels"] = labels, ["commonAnnotations"] = new JsonObject(),
            ["externalURL"] = "http://alertmanager.example.org:9093", ["version"] = "4",
            ["groupKey"] = $"{{}}:{{alertname=\"{name}\"}}", ["truncatedAlerts"] = 0,
        }.ToJsonString();
    }
}
