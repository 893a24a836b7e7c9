using Prometheus;

namespace IncidentBot.Monitoring;

/// <summary>
/// What became of each run of queued Slack work, by work kind (a name from the bot's own code, such as
/// <c>provision_incident</c>) and outcome.
/// </summary>
public sealed class WorkMetrics
{
    public const string RunsName = "incidentbot_work_runs_total";

    /// <summary>The work is finished.</summary>
    public const string Done = "done";

    /// <summary>Put back until a set time without counting as an attempt: Slack's <c>Retry-After</c>, or the work's own wait.</summary>
    public const string Deferred = "deferred";

    /// <summary>A transient failure (a Slack outage, a timeout): tried again after a backoff.</summary>
    public const string Retried = "retried";

    /// <summary>Given up: a refusal from Slack, or transient failures for longer than the queue retries them.</summary>
    public const string Failed = "failed";

    /// <summary>Cut off by the process stopping: left for after the restart (or another replica), not counted as an attempt.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>The kind label of queued work no handler takes.</summary>
    public const string UnknownKind = "unknown";

    private readonly Counter _runs;

    public WorkMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _runs = factory.CreateCounter(RunsName, "Runs of queued Slack work, by work kind and outcome (done, deferred, retried, failed, interrupted).", ["kind", "outcome"]);
    }

    public void Ran(string kind, string outcome) => _runs.WithLabels(kind, outcome).Inc();

    /// <summary>How many runs of <paramref name="kind"/> ended in <paramref name="outcome"/> since the process started.</summary>
    public double Runs(string kind, string outcome) => _runs.WithLabels(kind, outcome).Value;
}
