using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncidentBot.Tests.Jobs;

/// <summary>A timer whose job fails is fired again, in the real host with its real scheduler, unless it was rescheduled.</summary>
[TestFixture]
public sealed class JobRetryTests
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);
    private Firings _firings = null!;
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _firings = new Firings();
        _bot = await BotHarness.StartAsync(services: s => s
            .AddSingleton(new JobRetryPolicy(RetryDelay, RetryDelay * 2, MaxAttempts: 3))
            .AddSingleton(_firings)
            .AddTransient<FailsOnceJob>()
            .AddTransient<AlwaysFailsJob>()
            .AddTransient<ReschedulesThenFailsJob>());
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private JobScheduler Scheduler => _bot.Services.GetRequiredService<JobScheduler>();

    [Test]
    public async Task FailedFiring_IsFiredAgainWithItsData()
    {
        var key = new JobKey("fails-once", "test");
        await Scheduler.ScheduleAsync<FailsOnceJob>(key, TimeProvider.System.GetUtcNow(), new Dictionary<string, string> { ["what"] = "ping" });

        await Eventually.TrueAsync(() => Task.FromResult(_firings.Count == 2), TimeSpan.FromSeconds(10), "the second firing");

        Assert.That(_firings.Data, Is.EqualTo(new[] { "ping", "ping" }));
        await Task.Delay(RetryDelay * 3);
        Assert.That(_firings.Count, Is.EqualTo(2), "fired again only while it failed");
        Assert.That(await Scheduler.NextFireAsync(key), Is.Null);
    }

    [Test]
    public async Task FailedFiring_ThatWasRescheduledMeanwhile_KeepsTheNewTime()
    {
        var key = new JobKey("rescheduled", "test");
        await Scheduler.ScheduleAsync<ReschedulesThenFailsJob>(key, TimeProvider.System.GetUtcNow(), new Dictionary<string, string> { ["what"] = "pong" });

        await Eventually.TrueAsync(() => Task.FromResult(_firings.Count == 1), TimeSpan.FromSeconds(10), "the firing");
        await Task.Delay(RetryDelay * 3);

        Assert.That(_firings.Count, Is.EqualTo(1));
        var next = await Scheduler.NextFireAsync(key);
        Assert.That(next, Is.GreaterThan(TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(50)));
    }

    [Test]
    public async Task FiringThatKeepsFailing_IsGivenUpAfterItsRetries()
    {
        var key = new JobKey("always-fails", "test");
        await Scheduler.ScheduleAsync<AlwaysFailsJob>(key, TimeProvider.System.GetUtcNow(), new Dictionary<string, string> { ["what"] = "x" });

        await Eventually.TrueAsync(() => Task.FromResult(_firings.Count == 4), TimeSpan.FromSeconds(15), "the firing and its three retries");
        await Task.Delay(RetryDelay * 6);

        Assert.That(_firings.Count, Is.EqualTo(4), "given up after three retries");
        Assert.That(await Scheduler.NextFireAsync(key), Is.Null);
    }

    [Test]
    public async Task FailedFiringOfARecurringTimer_IsRetriedAndKeepsItsSchedule()
    {
        var key = new JobKey("daily", "test-recurring");
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var daily = TriggerBuilder.Create().WithIdentity(key.Name, key.Group).ForJob(key).WithCronSchedule("0 0 9 * * ?").Build();
        await scheduler.ScheduleJob(JobBuilder.Create<FailsOnceJob>().WithIdentity(key).UsingJobData("what", "digest").RequestRecovery().Build(),
            [daily], new ScheduleJobOptions { Replace = true });
        var nextDaily = (await scheduler.GetTrigger(daily.Key))!.NextFireTimeUtc;

        await scheduler.TriggerJob(key);
        await Eventually.TrueAsync(() => Task.FromResult(_firings.Count == 2), TimeSpan.FromSeconds(10), "the retry of the failed firing");

        Assert.That((await scheduler.GetTrigger(daily.Key))!.NextFireTimeUtc, Is.EqualTo(nextDaily), "the daily schedule is untouched");
    }

    /// <summary>What the test jobs saw.</summary>
    public sealed class Firings
    {
        private readonly List<string> _data = [];

        public int Count { get { lock (_data) { return _data.Count; } } }

        public IReadOnlyList<string> Data { get { lock (_data) { return [.. _data]; } } }

        public int Add(string what)
        {
            lock (_data)
            {
                _data.Add(what);
                return _data.Count;
            }
        }
    }

    /// <summary>Throws at its first firing, as a job meeting a locked or full disk would.</summary>
    public sealed class FailsOnceJob(Firings firings) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
            firings.Add(context.MergedJobDataMap.GetString("what")!) == 1
                ? throw new InvalidOperationException("disk I/O error")
                : ValueTask.CompletedTask;
    }

    /// <summary>Throws at every firing.</summary>
    public sealed class AlwaysFailsJob(Firings firings) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            firings.Add(context.MergedJobDataMap.GetString("what")!);
            throw new InvalidOperationException("no such severity");
        }
    }

    /// <summary>Is scheduled an hour on while it runs (as an update's schedule sync would), then throws.</summary>
    public sealed class ReschedulesThenFailsJob(Firings firings, JobScheduler scheduler) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            firings.Add(context.MergedJobDataMap.GetString("what")!);
            await scheduler.ScheduleAsync<ReschedulesThenFailsJob>(context.JobDetail.Key, TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(1),
                new Dictionary<string, string> { ["what"] = "pong" }, cancellationToken);
            throw new InvalidOperationException("disk I/O error");
        }
    }
}
