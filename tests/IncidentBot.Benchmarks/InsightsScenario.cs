using System.Globalization;
using IncidentBot.Web;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The web view's insights over the same 10,000 incidents as <see cref="WebViewScenario"/>: sequential signed-in GETs of
/// <c>/insights</c> over the default 90 days, a month, and the longest window (a year: every incident), timing the
/// server's own time (its <c>Server-Timing</c> header) and the client's full answer.
/// </summary>
public static class InsightsScenario
{
    private const double TargetMs = 100;
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-client-secret";

    public static async Task RunAsync(Report report, BenchmarkEngine engine, bool quick)
    {
        var (warmup, requests) = quick ? (20, 50) : (50, 300);
        var settings = new Dictionary<string, string>
        {
            ["IncidentBot__Web__ClientId"] = ClientId, ["IncidentBot__Web__ClientSecret"] = ClientSecret, ["IncidentBot__Web__PublicUrl"] = "http://web.bench/",
        };
        await using var env = await BenchmarkEnvironment.StartAsync(settings, (_, database) => WebViewScenario.SeedAsync(database), engine: engine);
        var cookie = new SessionCookie(new WebSettings(ClientId, ClientSecret, new Uri("http://web.bench/")), TimeProvider.System)
            .SignSession(new WebSession("U1", "T0001", "Benchmark", "UTC", "en", TimeProvider.System.GetUtcNow().AddHours(1)));
        var rows = new List<(string, LatencyStats, string?)>();
        var worst = 0.0;
        foreach (var path in new[] { "/insights", "/insights?days=30", "/insights?days=365" })
        {
            var (server, client, bytes) = await WebViewScenario.MeasureAsync(env.Http, cookie, path, warmup, requests);
            worst = Math.Max(worst, server.P99);
            rows.Add(($"`{path}` server", server, null));
            rows.Add(($"`{path}` client", client, string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB")));
        }

        report.Section($"Insights render time — {engine.Label}", $"The web view's seeded 10,000 incidents in a {env.Engine.Label} database (declared evenly " +
            "over the last year, one in ten private), read by a signed-in member: the default 90 days (about 2,500 incidents), 30 days, " +
            $"and 365 days (every incident). {warmup} warm-up requests, then {requests} sequential requests per address. 'server' is the " +
            "`Server-Timing` the bot reports (database reads, the figures and rendering); 'client' is send to full answer over loopback.");
        report.LatencyTable("Insights answers ('requests' = timed requests).", rows);
        report.Target("Insights", "/insights with 10,000 incidents: server p99 < 100 ms (worst window)", AckLatencyScenario.Ms(worst), worst < TargetMs, engine);
    }
}
