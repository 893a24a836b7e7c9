using IncidentBot.Monitoring;
using Moq;
using Quartz;

namespace IncidentBot.Tests.Monitoring;

/// <summary>A timer's lateness is counted from the time it was set for, even when the bot was down at that time.</summary>
[TestFixture]
public sealed class TimerMetricsTests
{
    private static readonly DateTimeOffset SetFor = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    [Test]
    public void Lateness_OneShotMissedWhileTheBotWasDown_CountsFromTheTimeItWasSetFor()
    {
        // The scheduler moves a missed one-shot's firing to "now" at start, but keeps its start time.
        var firedAt = SetFor.AddMinutes(20);
        var context = Firing(Trigger(repeatCount: 0), scheduled: firedAt, fired: firedAt.AddMilliseconds(30));

        Assert.That(TimerMetrics.Lateness(context), Is.EqualTo(TimeSpan.FromMinutes(20) + TimeSpan.FromMilliseconds(30)));
    }

    [Test]
    public void Lateness_RecurringTimer_CountsFromThisFiringsTime()
    {
        var context = Firing(Mock.Of<ICronTrigger>(), scheduled: SetFor.AddDays(3), fired: SetFor.AddDays(3).AddMilliseconds(250));

        Assert.That(TimerMetrics.Lateness(context), Is.EqualTo(TimeSpan.FromMilliseconds(250)));
    }

    [Test]
    public void Lateness_FiredAMomentEarly_IsZero()
    {
        var context = Firing(Trigger(repeatCount: 0), scheduled: SetFor, fired: SetFor.AddMilliseconds(-3));

        Assert.That(TimerMetrics.Lateness(context), Is.EqualTo(TimeSpan.Zero));
    }

    private static ISimpleTrigger Trigger(int repeatCount) =>
        Mock.Of<ISimpleTrigger>(t => t.RepeatCount == repeatCount && t.StartTimeUtc == SetFor);

    private static IJobExecutionContext Firing(ITrigger trigger, DateTimeOffset scheduled, DateTimeOffset fired) =>
        Mock.Of<IJobExecutionContext>(c => c.Trigger == trigger && c.ScheduledFireTimeUtc == scheduled && c.FireTimeUtc == fired);
}
