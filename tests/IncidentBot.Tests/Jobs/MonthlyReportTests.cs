using IncidentBot.Core.Metrics;
using IncidentBot.Jobs;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncidentBot.Tests.Jobs;

/// <summary>
/// The scheduled monthly report: registered on its configured day, time and zone, and posted to the feed once per month
/// however often the job fires, its chart with it.
/// </summary>
[TestFixture]
public sealed class MonthlyReportTests
{
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
        ("IncidentBot:Reports:Day", "15"), ("IncidentBot:Reports:Time", "06:30"), ("IncidentBot:Reports:Zone", "Europe/Moscow")));

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Schedule_ConfiguredDayTimeAndZone_NextFiringThere()
    {
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var next = (await scheduler.GetTrigger(new TriggerKey(MonthlyReportJob.Key.Name, MonthlyReportJob.Key.Group)))!.NextFireTimeUtc!.Value;

        var moscow = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        Assert.That((moscow.Day, moscow.Hour, moscow.Minute), Is.EqualTo((15, 6, 30)));
    }

    [Test]
    public async Task Job_FiredTwice_PostsTheLastMonthsReportToTheFeedOnce()
    {
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var month = ReportPeriod.PreviousMonth(TimeProvider.System.GetUtcNow()).Name;

        await scheduler.TriggerJob(MonthlyReportJob.Key);
        await Eventually.TrueAsync(() => Task.FromResult(Reports(month) == 1), TimeSpan.FromSeconds(10), "the report in the feed");
        await scheduler.TriggerJob(MonthlyReportJob.Key);
        await _bot.WaitForIdleAsync();

        var charts = ResolveSteps.FilesIn(_bot, BotHarness.FeedChannel).Where(f => f.Filename == $"incident-report-{month}.png").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Reports(month), Is.EqualTo(1));
            Assert.That(charts, Has.Count.EqualTo(1), "the chart follows the report once");
            Assert.That(charts.Count == 1 && Png.IsPng(charts[0].Bytes.Span), Is.True);
        });
    }

    private int Reports(string month) =>
        _bot.Slack.State.Messages(BotHarness.FeedChannel).Count(m => m.Text.StartsWith($"Incident report for {month}:", StringComparison.Ordinal));
}
