using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Quartz;

namespace IncidentBot.Tests.Jobs;

/// <summary>The daily retention job, in the running bot: old bookkeeping goes, the incident and recent rows stay.</summary>
[TestFixture]
public sealed class RetentionJobTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:RetentionAge", "7.00:00:00")));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Retention_IsScheduledDailyAt4InTheConfiguredZone()
    {
        var scheduler = await _bot.Services.GetRequiredServiceOf<ISchedulerFactory>().GetScheduler();

        var trigger = (await scheduler.GetTriggersOfJob(RetentionJob.Key)).OfType<ICronTrigger>().Single();

        Assert.That(trigger.CronExpressionString, Is.EqualTo("0 0 4 * * ?"));
    }

    [Test]
    public async Task Retention_WhenItRuns_PrunesOnlyRowsOlderThanTheConfiguredAge()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var recent = await CountsAsync();
        var old = TimeProvider.System.GetUtcNow().AddDays(-8).ToUnixTimeMilliseconds();
        await _bot.Database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            INSERT INTO outbox (kind, incident_id, payload, status, attempts, next_attempt_at, created_at, dedupe_key)
                VALUES ('slack_event', NULL, '{}', 'done', 1, @old, @old, 'event:EvOld');
            INSERT INTO slack_events (event_id, received_at) VALUES ('EvOld', @old);
            INSERT INTO slack_effects (key, state, value, updated_at) VALUES ('inc:0:brief', 'done', '1.2', @old);
            """, new { old }, tx));

        var scheduler = await _bot.Services.GetRequiredServiceOf<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(RetentionJob.Key);
        await Eventually.TrueAsync(async () => await CountsAsync() == recent, TimeSpan.FromSeconds(15), "the old rows to be pruned");

        Assert.That(recent.Work, Is.GreaterThan(0));
        Assert.That(recent.Effects, Is.GreaterThan(0));
        Assert.That(await ResolveSteps.ReloadAsync(_bot, incident), Is.Not.Null);
    }

    private Task<(long Work, long Events, long Effects)> CountsAsync() => _bot.Database.ReadAsync(async c => (
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"),
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM slack_events"),
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM slack_effects")));
}
