using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The load generator's own process (<c>--load-client URL</c>): reads one <see cref="LoadPlan"/> per line on stdin,
/// sends it, and writes the latencies of each flow as one line on stdout. Kept apart from the fake Slack, which
/// serves the bot's follow-up calls in the benchmark's process, so that work does not delay the client's own clock.
/// </summary>
public static class LoadClient
{
    public const string Flag = "--load-client";
    public const string ResultPrefix = "RESULT ";

    public static async Task RunAsync(Uri baseUrl)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = baseUrl };
        var requests = new SignedRequests(http, BenchmarkEnvironment.SigningSecret);
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var plan = JsonSerializer.Deserialize<LoadPlan>(line)!;
            var duration = TimeSpan.FromSeconds(plan.Seconds);
            var results = await Task.WhenAll(plan.Flows.Select(flow => LoadGenerator.RunAsync(Sender(http, requests, flow), flow.Rate, duration)));
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(results));
        }
    }

    private static Func<Task<HttpResponseMessage>> Sender(HttpClient http, SignedRequests requests, LoadFlow flow)
    {
        if (flow.Kind == "healthz")
        {
            return () => http.GetAsync("healthz");
        }

        var n = 0;
        var channel = flow.Channel ?? "CGENERAL";
        return () => requests.CommandAsync(
            flow.Text!.Replace("{n}", Interlocked.Increment(ref n).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), channel: channel);
    }
}
