using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Testing;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// The real bot as a process that tests kill (SIGKILL) and start again on the same database (this run's engine), against
/// one fake Slack that outlives every process. Logs of every process so far are kept for failure messages. Leases on
/// queued work and the scheduler's check-ins are seconds long, so that on PostgreSQL, where a restarted process does not
/// take over running work at once (another replica may hold it), a dead process's work is taken over within seconds.
/// </summary>
internal sealed class CrashRig : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly List<string> _earlierLogs = [];
    private BotProcess? _bot;

    private CrashRig(FakeSlackServer slack, string databasePath)
    {
        Slack = slack;
        DatabasePath = databasePath;
        _settings = BotHarness.DefaultSettings(slack, databasePath);
        _settings["IncidentBot:WorkLease"] = "00:00:02";
        _settings["IncidentBot:SchedulerCheckin"] = "00:00:01";
        var database = Database.Open(databasePath);
        Outbox = new OutboxStore(database);
        Incidents = new IncidentStore(database);
    }

    public FakeSlackServer Slack { get; }

    public string DatabasePath { get; }

    public OutboxStore Outbox { get; }

    public IncidentStore Incidents { get; }

    /// <summary>Requests signed as Slack signs them, to the process running now.</summary>
    public SlackRequests Requests { get; private set; } = null!;

    public string Logs => string.Join("\n--- restart ---\n", _earlierLogs.Append(_bot?.Logs ?? ""));

    public static async Task<CrashRig> CreateAsync() =>
        new(await BotHarness.StartSlackAsync(), TestDatabases.CreateMigrated("crash"));

    /// <summary>Starts a process (none may be running) and waits until it is ready.</summary>
    public async Task StartAsync()
    {
        Assert.That(_bot, Is.Null, "a bot process is already running");
        _bot = BotProcess.Start(_settings);
        Requests = new SlackRequests(_bot.Http, Slack, BotHarness.SigningSecret);
        await _bot.WaitReadyAsync();
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing.</summary>
    public async Task KillAsync()
    {
        if (_bot is null)
        {
            return;
        }

        _bot.Kill();
        _earlierLogs.Add(_bot.Logs);
        await _bot.DisposeAsync();
        _bot = null;
    }

    /// <summary>Waits until no Slack work is pending or running.</summary>
    public Task WaitForQueueAsync(TimeSpan timeout) => Eventually.TrueAsync(
        async () => await Outbox.CountAsync("pending") == 0 && await Outbox.CountAsync("running") == 0, timeout, "the work queue to drain");

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        await Slack.DisposeAsync();
        TestDatabases.Drop(DatabasePath);
    }
}
