using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Work;

/// <summary>The real host's queue under a long Slack outage: transient failures are retried for a day, not a count.</summary>
[TestFixture]
public sealed class OutboxRetryTests
{
    private SlackDown _handler = null!;
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _handler = new SlackDown();
        _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IWorkHandler>(_handler));
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task TransientFailure_AfterManyAttemptsWithinADay_IsRetriedLater()
    {
        // Queued an hour into an outage and tried 25 times since (a count of 20 used to give up).
        await EnqueueAsync("within", TimeSpan.FromHours(1), attempts: 25);

        await Eventually.TrueAsync(() => Task.FromResult(_handler.Calls >= 1), TimeSpan.FromSeconds(10), "the item to be tried");
        await Eventually.TrueAsync(async () => await StatusAsync("within") == "pending", TimeSpan.FromSeconds(5), "the item back in the queue");

        Assert.That(await _bot.Services.GetRequiredService<OutboxStore>().CountAsync("failed"), Is.Zero);
    }

    [Test]
    public async Task TransientFailure_OfWorkQueuedOverADayAgo_GivesItUp()
    {
        await EnqueueAsync("stale", OutboxProcessor.RetryTransientFor + TimeSpan.FromMinutes(1), attempts: 0);

        await Eventually.TrueAsync(async () => await StatusAsync("stale") == "failed", TimeSpan.FromSeconds(10), "the item given up");

        Assert.That(_handler.Calls, Is.EqualTo(1));
    }

    private Task EnqueueAsync(string payload, TimeSpan queuedAgo, int attempts) => _bot.Database.InTransactionAsync(async tx =>
    {
        var queuedAt = TimeProvider.System.GetUtcNow() - queuedAgo;
        await _bot.Services.GetRequiredService<OutboxStore>().EnqueueAsync(tx, SlackDown.WorkKind, null, $"\"{payload}\"", queuedAt);
        await Dapper.SqlMapper.ExecuteAsync(tx.Connection!, "UPDATE outbox SET attempts = @attempts WHERE kind = @kind", new { attempts, kind = SlackDown.WorkKind }, tx);
    });

    private Task<string?> StatusAsync(string payload) => _bot.Database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<string?>(
        c, "SELECT status FROM outbox WHERE kind = @kind AND payload = @payload", new { kind = SlackDown.WorkKind, payload = $"\"{payload}\"" }));

    /// <summary>Work whose every Slack call meets a server error.</summary>
    private sealed class SlackDown : IWorkHandler
    {
        public const string WorkKind = "test_slack_down";
        private int _calls;

        public string Kind => WorkKind;

        public int Calls => Volatile.Read(ref _calls);

        public Task HandleAsync(OutboxItem item, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            throw new SlackApiException("chat.postMessage", "http_5xx");
        }
    }
}
