using IncidentBot.Core.Policies;
using Prometheus;
using Quartz;

namespace IncidentBot.Monitoring;

/// <summary>
/// How late each timer fired against the time it was set for, by timer (the job group, such as <c>update-reminder</c>),
/// and the update reminders that went out, by the escalation they carried.
/// </summary>
public sealed class TimerMetrics
{
    public const string LatenessName = "incidentbot_timer_lateness_seconds";
    public const string RemindersName = "incidentbot_update_reminders_total";

    /// <summary>From the scheduler's own jitter to a timer held up by a restart of an hour.</summary>
    public static IReadOnlyList<double> Buckets { get; } = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];

    private readonly Histogram _lateness;
    private readonly Counter _reminders;

    public TimerMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _lateness = factory.CreateHistogram(LatenessName, "How long after the time it was set for a timer fired, by timer.",
            ["timer"], new HistogramConfiguration { Buckets = [.. Buckets] });
        _reminders = factory.CreateCounter(RemindersName, "Update reminders sent, by the escalation they carried (none, commander_dm, target).", ["escalation"]);
        foreach (var step in Enum.GetValues<EscalationStep>())
        {
            _reminders.WithLabels(EscalationLabel(step));
        }
    }

    public void Fired(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _lateness.WithLabels(context.JobDetail.Key.Group).Observe(Lateness(context).TotalSeconds);
    }

    public void ReminderSent(EscalationStep escalation) => _reminders.WithLabels(EscalationLabel(escalation)).Inc();

    /// <summary>
    /// How late the firing is. A one-shot timer is measured against the time it was set for (its start), which the
    /// scheduler keeps when it fires a timer missed while the bot was down; a recurring one against this firing's time.
    /// </summary>
    public static TimeSpan Lateness(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var due = context.Trigger is ISimpleTrigger { RepeatCount: 0 } once ? once.StartTimeUtc : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var late = context.FireTimeUtc - due;
        return late > TimeSpan.Zero ? late : TimeSpan.Zero;
    }

    public static string EscalationLabel(EscalationStep step) => step switch
    {
        EscalationStep.DirectMessageCommander => "commander_dm",
        EscalationStep.MentionTarget => "target",
        _ => "none",
    };
}
