using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Testing;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Several replicas of the real bot, each its own process on its own port, on one PostgreSQL database (replicas do not
/// share a SQLite file) and one fake Slack that outlives them all, as a deployment with more than one replica runs. Any
/// replica can be killed (SIGKILL) and started again on the same settings. Leases on queued work and the scheduler's
/// check-ins are seconds long, so that a dead replica's work and timers are taken over within seconds. Logs of every
/// process so far, named by replica, are kept for failure messages.
/// </summary>
internal sealed class ReplicaRig : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly BotProcess?[] _replicas;
    private readonly List<string> _earlierLogs = [];

    private ReplicaRig(FakeSlackServer slack, string database, int replicas, Action<FakeSlackServer, Dictionary<string, string?>> configure)
    {
        Slack = slack;
        DatabaseSetting = database;
        _replicas = new BotProcess?[replicas];
        _settings = BotHarness.DefaultSettings(slack, database);
        _settings["IncidentBot:WorkLease"] = "00:00:02";
        _settings["IncidentBot:SchedulerCheckin"] = "00:00:01";
        _settings["Serilog:MinimumLevel:Default"] = "Information"; // Which replica provisioned, reminded, took over.
        configure(slack, _settings);

        Database = Database.Open(database);
        Outbox = new OutboxStore(Database);
        Incidents = new IncidentStore(Database);
        Timeline = new TimelineStore(Database);
    }

    public FakeSlackServer Slack { get; }

    public string DatabaseSetting { get; }

    /// <summary>The replicas' database, as the test reads it.</summary>
    public Database Database { get; }

    public OutboxStore Outbox { get; }

    public IncidentStore Incidents { get; }

    public TimelineStore Timeline { get; }

    public string Logs => string.Join("\n", _earlierLogs.Concat(_replicas.Select((r, i) => r is null ? "" : Named(i, r.Logs))));

    /// <summary>
    /// A rig of <paramref name="replicas"/> replicas (none started), whose settings <paramref name="configure"/> changes
    /// from the defaults, given the fake Slack they talk to.
    /// </summary>
    public static async Task<ReplicaRig> CreateAsync(int replicas, Action<FakeSlackServer, Dictionary<string, string?>> configure) =>
        new(await BotHarness.StartSlackAsync(), TestDatabases.CreateMigrated("replicas"), replicas, configure);

    /// <summary>Starts every replica at once, as a deploy does, and waits until all are ready.</summary>
    public async Task StartAllAsync()
    {
        for (var i = 0; i < _replicas.Length; i++)
        {
            Launch(i);
        }

        await Task.WhenAll(_replicas.Select(r => r!.WaitReadyAsync(TimeSpan.FromSeconds(45))));
    }

    /// <summary>Starts replica <paramref name="replica"/> (it must not be running) and waits until it is ready.</summary>
    public async Task StartAsync(int replica) => await Launch(replica).WaitReadyAsync(TimeSpan.FromSeconds(45));

    /// <summary>Requests signed as Slack signs them, to replica <paramref name="replica"/>.</summary>
    public SlackRequests Requests(int replica) =>
        new((_replicas[replica] ?? throw new InvalidOperationException($"replica {replica} is not running")).Http, Slack, BotHarness.SigningSecret);

    /// <summary>What replica <paramref name="replica"/> has written since it was last started.</summary>
    public string LogsOf(int replica) => _replicas[replica]?.Logs ?? "";

    /// <summary>SIGKILL: no shutdown hooks, no flushing, its claims and check-ins simply stop.</summary>
    public async Task KillAsync(int replica)
    {
        if (_replicas[replica] is not { } bot)
        {
            return;
        }

        bot.Kill();
        _earlierLogs.Add(Named(replica, bot.Logs) + "\n--- killed ---");
        await bot.DisposeAsync();
        _replicas[replica] = null;
    }

    /// <summary>Waits until no Slack work is pending or running.</summary>
    public Task WaitForQueueAsync(TimeSpan timeout) => Eventually.TrueAsync(
        async () => await Outbox.CountAsync("pending") == 0 && await Outbox.CountAsync("running") == 0, timeout, "the work queue to drain");

    /// <summary>Stops every replica and drops the database; when the test failed, first writes the queue and the logs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await TestContext.Out.WriteLineAsync(await QueueReportAsync());
            await TestContext.Out.WriteLineAsync(Logs);
        }

        for (var i = 0; i < _replicas.Length; i++)
        {
            await KillAsync(i);
        }

        await Slack.DisposeAsync();
        Database.Dispose();
        TestDatabases.Drop(DatabaseSetting);
    }

    /// <summary>The queue by kind and status, with each group's last error.</summary>
    private Task<string> QueueReportAsync() => Database.ReadAsync(async c => string.Join("\n",
        (await Dapper.SqlMapper.QueryAsync<(string Kind, string Status, long Items, string? Error)>(c,
            "SELECT kind, status, COUNT(*), MAX(last_error) FROM outbox GROUP BY kind, status ORDER BY kind, status"))
        .Select(r => $"{r.Kind} {r.Status}: {r.Items} {r.Error}")));

    private BotProcess Launch(int replica)
    {
        Assert.That(_replicas[replica], Is.Null, $"replica {replica} is already running");
        return _replicas[replica] = BotProcess.Start(_settings);
    }

    private static string Named(int replica, string logs) => $"=== replica {replica} ===\n{logs}";
}
