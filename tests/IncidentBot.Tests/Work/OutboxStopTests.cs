using IncidentBot.Core.Storage;
using IncidentBot.Monitoring;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IncidentBot.Tests.Work;

/// <summary>The real host's queue while the bot stops: work that fails because the process is shutting down is kept.</summary>
[TestFixture]
public sealed class OutboxStopTests
{
    [Test]
    public async Task Failure_WhileTheBotStops_IsLeftForTheRestartNotGivenUp()
    {
        var handler = new StopsTheBot();
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IWorkHandler>(handler));
        handler.Lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();
        var metrics = bot.Services.GetRequiredService<WorkMetrics>();
        await bot.Database.InTransactionAsync(tx =>
            bot.Services.GetRequiredService<OutboxStore>().EnqueueAsync(tx, StopsTheBot.WorkKind, null, "\"schedule\"", TimeProvider.System.GetUtcNow()));

        // The scheduler and the database are shut down as soon as the application stops, before the work's own token is
        // cancelled: what they throw then is the stop's doing, not the work's.
        await Eventually.TrueAsync(() => Task.FromResult(metrics.Runs(StopsTheBot.WorkKind, WorkMetrics.Interrupted)
            + metrics.Runs(StopsTheBot.WorkKind, WorkMetrics.Failed) >= 1), TimeSpan.FromSeconds(10), "the work's run to end");

        Assert.That(metrics.Runs(StopsTheBot.WorkKind, WorkMetrics.Failed), Is.Zero);
        Assert.That(metrics.Runs(StopsTheBot.WorkKind, WorkMetrics.Interrupted), Is.EqualTo(1));
        // The stopped host has let go of its services: the queue is read from the database directly.
        using var database = Database.Open(bot.DatabasePath);
        Assert.That(await database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(
            c, "SELECT COUNT(*) FROM outbox WHERE kind = @kind AND status = 'failed'", new { kind = StopsTheBot.WorkKind })), Is.Zero);
    }

    /// <summary>Work during which the bot is told to stop, then meets a service already shut down.</summary>
    private sealed class StopsTheBot : IWorkHandler
    {
        public const string WorkKind = "test_stops_the_bot";

        public IHostApplicationLifetime? Lifetime { get; set; }

        public string Kind => WorkKind;

        public Task HandleAsync(OutboxItem item, CancellationToken ct)
        {
            Lifetime!.StopApplication();
            throw new ObjectDisposedException("IScheduler");
        }
    }
}
