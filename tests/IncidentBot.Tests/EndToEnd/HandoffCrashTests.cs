using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using IncidentBot.Testing;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The real process killed (SIGKILL) as soon as a rotation boundary is handed off and started again after the next
/// boundary has passed: the missed boundary is handed off once at start, the one after on time, and nobody is told
/// twice about any boundary.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HandoffCrashTests
{
    // Long enough for a loaded machine to start the process again within one turn.
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(8);

    [Test]
    public async Task Boundary_PassingWhileKilled_IsHandedOffOnceAtRestart_AndTheNextOnTime()
    {
        await using var slack = await BotHarness.StartSlackAsync();
        var database = TestDatabases.CreateMigrated("handoff-crash");
        var settings = BotHarness.DefaultSettings(slack, database);
        foreach (var (key, value) in HandoffTests.Settings(Length))
        {
            settings[key] = value;
        }

        // On PostgreSQL the scheduler is clustered: the restarted process takes the dead one's timers over once its
        // check-in is overdue, so the check-in is a second here.
        settings["IncidentBot:SchedulerCheckin"] = "00:00:01";
        settings["IncidentBot:WorkLease"] = "00:00:02";
        try
        {
            DateTimeOffset first;
            await using (var bot = BotProcess.Start(settings))
            {
                await bot.WaitReadyAsync();
                await Eventually.TrueAsync(() => Told(slack) >= 2, Length * 2, "the first handoff\n" + bot.Logs);
                bot.Kill();
                first = HandoffTests.Handoffs(slack, "U2").Concat(HandoffTests.Handoffs(slack, "U3")).Min(h => h.Boundary);
            }

            var missed = first + Length;
            // The boundary has to pass while the bot is down: real time must pass, there is no clock to drive.
            var wait = missed - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(500);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            Assert.That(Boundaries(slack), Has.None.EqualTo(missed), "nobody handed off while the bot was down");
            await using var second = BotProcess.Start(settings);
            await second.WaitReadyAsync();
            Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(missed + Length), "started again before the next boundary");
            await Eventually.TrueAsync(() => Boundaries(slack).Count(b => b == missed + Length) == 2, Length * 2, "the missed and the next handoff\n" + second.Logs);
            await Eventually.TrueAsync(async () => await IdleAsync(database), TimeSpan.FromSeconds(10), "the work queue to drain\n" + second.Logs);

            Assert.That(HandoffTests.AssertOncePerBoundary(slack), Is.EqualTo(new[] { first, missed, missed + Length }), second.Logs);
        }
        finally
        {
            TestDatabases.Drop(database);
        }
    }

    private static int Told(FakeSlackServer slack) => Boundaries(slack).Count;

    private static List<DateTimeOffset> Boundaries(FakeSlackServer slack) =>
        [.. HandoffTests.Handoffs(slack, "U2").Concat(HandoffTests.Handoffs(slack, "U3")).Select(h => h.Boundary)];

    private static async Task<bool> IdleAsync(string database)
    {
        var outbox = new Core.Storage.OutboxStore(Core.Storage.Database.Open(database));
        return await outbox.CountAsync("pending") == 0 && await outbox.CountAsync("running") == 0;
    }
}
