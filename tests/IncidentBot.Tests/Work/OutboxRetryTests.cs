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

    [Test]
    public async Task FailureOfOneCallWhileSlackIsUp_IsGivenUpAfterItsAttempts()
    {
        _handler.Error = "internal_error";
        await EnqueueAsync("poison", TimeSpan.FromHours(1), attempts: OutboxProcessor.MaxAttempts);

        await Eventually.TrueAsync(async () => await StatusAsync("poison") == "failed", TimeSpan.FromSeconds(10),
            "the item given up, so the incident's later work is not held behind it for a day");
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

        /// <summary>What Slack answers: a server error by default, as during an outage.</summary>
        public string Error { get; set; } = "http_5xx";

        public Task HandleAsync(OutboxItem item, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            throw new SlackApiException("chat.postMessage", Error);
        }
    }
}
