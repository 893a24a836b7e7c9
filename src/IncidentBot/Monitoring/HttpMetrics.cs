using System.Globalization;
using Prometheus;

namespace IncidentBot.Monitoring;

/// <summary>
/// How long the bot takes to answer each HTTP request, and with what status, by route template (<c>/slack/commands</c>,
/// <c>/healthz</c>, …). A path the bot does not serve is counted under <see cref="OtherRoute"/>, so strangers' requests to
/// made-up paths share one label instead of minting one each.
/// </summary>
public sealed class HttpMetrics
{
    public const string DurationName = "incidentbot_http_request_duration_seconds";
    public const string ResponsesName = "incidentbot_http_responses_total";

    /// <summary>The route label of a request no endpoint of the bot took (an unknown path, or a method a path does not take).</summary>
    public const string OtherRoute = "other";

    /// <summary>From an acknowledgement's few milliseconds up to Slack's 3 s deadline, and a bucket past it.</summary>
    public static IReadOnlyList<double> Buckets { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

    /// <summary>Every status code's label, made once: an answer costs no string.</summary>
    private static readonly string[] Codes = Enumerable.Range(0, 1000).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly Histogram _duration;
    private readonly Counter _responses;

    public HttpMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _duration = factory.CreateHistogram(DurationName, "Time from a request reaching the bot to its answer, by route template.",
            ["route"], new HistogramConfiguration { Buckets = [.. Buckets] });
        _responses = factory.CreateCounter(ResponsesName, "Requests answered, by route template and HTTP status code.", ["route", "code"]);
    }

    public void Observe(string route, int status, TimeSpan took)
    {
        _duration.WithLabels(route).Observe(took.TotalSeconds);
        _responses.WithLabels(route, status is >= 0 and < 1000 ? Codes[status] : OtherRoute).Inc();
    }
}
