using IncidentBot.Jobs;
using Moq;
using Quartz;

namespace IncidentBot.Tests.Jobs;

/// <summary>
/// A daily job's stored trigger survives a restart unchanged, so the firing missed while the bot was down is still due
/// (Quartz makes it once at start); only a changed time or zone replaces it.
/// </summary>
[TestFixture]
public sealed class DailyScheduleTests
{
    private static readonly JobKey Key = new("daily", "test");

    [Test]
    public async Task Ensure_SameTimeAndZone_LeavesTheStoredTriggerAndItsMissedFiring()
    {
        var scheduler = Stored(new TimeOnly(4, 0), TimeZoneInfo.Utc);

        await DailySchedule.EnsureAsync(scheduler.Object, Job(), DailySchedule.At(Key, new TimeOnly(4, 0), TimeZoneInfo.Utc), CancellationToken.None);

        scheduler.Verify(s => s.ScheduleJob(It.IsAny<IJobDetail>(), It.IsAny<IReadOnlyCollection<ITrigger>>(), It.IsAny<ScheduleJobOptions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestCase(5, 30, "UTC")]
    [TestCase(4, 0, "Europe/Moscow")]
    public async Task Ensure_ChangedTimeOrZone_ReplacesTheTrigger(int hour, int minute, string zone)
    {
        var scheduler = Stored(new TimeOnly(4, 0), TimeZoneInfo.Utc);

        await DailySchedule.EnsureAsync(scheduler.Object, Job(), DailySchedule.At(Key, new TimeOnly(hour, minute), TimeZoneInfo.FindSystemTimeZoneById(zone)), CancellationToken.None);

        scheduler.Verify(s => s.ScheduleJob(It.IsAny<IJobDetail>(), It.Is<IReadOnlyCollection<ITrigger>>(t => t.Count == 1),
            It.Is<ScheduleJobOptions>(o => o.Replace), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Ensure_NothingStored_Schedules()
    {
        var scheduler = new Mock<IScheduler>();

        await DailySchedule.EnsureAsync(scheduler.Object, Job(), DailySchedule.At(Key, new TimeOnly(4, 0), TimeZoneInfo.Utc), CancellationToken.None);

        scheduler.Verify(s => s.ScheduleJob(It.IsAny<IJobDetail>(), It.IsAny<IReadOnlyCollection<ITrigger>>(), It.IsAny<ScheduleJobOptions>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static Mock<IScheduler> Stored(TimeOnly at, TimeZoneInfo zone)
    {
        var scheduler = new Mock<IScheduler>();
        var stored = DailySchedule.At(Key, at, zone);
        scheduler.Setup(s => s.GetTrigger(stored.Key, It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        scheduler.Setup(s => s.GetJobDetail(Key, It.IsAny<CancellationToken>())).ReturnsAsync(Job());
        return scheduler;
    }

    private static IJobDetail Job() => JobBuilder.Create<RetentionJob>().WithIdentity(Key).StoreDurably().Build();
}
