using Prometheus;

namespace IncidentBot.Monitoring;

/// <summary>
/// Every HTTP request the bot sends to Slack, each retry included, by Web API method (a name from the bot's own code, such
/// as <c>chat.postMessage</c>, or <c>response_url</c>) and <see cref="SlackCallOutcome"/>, with how long Slack took to
/// answer it.
/// </summary>
public sealed class SlackCallMetrics
{
    public const string CallsName = "incidentbot_slack_api_calls_total";
    public const string DurationName = "incidentbot_slack_api_call_duration_seconds";

    /// <summary>From a quick answer on a good day to the 10 s an attempt is given.</summary>
    public static IReadOnlyList<double> Buckets { get; } = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter _calls;
    private readonly Histogram _duration;

    public SlackCallMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _calls = factory.CreateCounter(CallsName, "HTTP requests sent to Slack, retries included, by Web API method and outcome.", ["method", "outcome"]);
        _duration = factory.CreateHistogram(DurationName, "Time Slack took to answer one HTTP request (or to fail it), by Web API method.",
            ["method"], new HistogramConfiguration { Buckets = [.. Buckets] });
    }

    /// <summary>Metrics kept to themselves, for a client built outside the host (tests, tools).</summary>
    public static SlackCallMetrics Unexported() => new(Metrics.WithCustomRegistry(Metrics.NewCustomRegistry()));

    /// <summary>One request answered or failed after <paramref name="took"/>; its outcome is counted by <see cref="Count"/>.</summary>
    public void Timed(string method, TimeSpan took) => _duration.WithLabels(method).Observe(took.TotalSeconds);

    public void Count(string method, string outcome) => _calls.WithLabels(method, outcome).Inc();
}
