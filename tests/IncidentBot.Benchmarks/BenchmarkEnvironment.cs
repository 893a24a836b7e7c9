using IncidentBot.FakeSlack;

namespace IncidentBot.Benchmarks;

/// <summary>
/// A fake Slack and the real bot pointed at it, with a fresh database on the scenario's engine: one bot process, or
/// on PostgreSQL several replicas sharing the database.
/// </summary>
public sealed class BenchmarkEnvironment : IAsyncDisposable
{
    public const string SigningSecret = "benchmark-signing-secret";
    public const string FeedChannel = "CFEED";

    private BenchmarkEnvironment(
        FakeSlackServer slack, IReadOnlyList<BotProcessRunner> bots, BenchmarkEngine engine, string database, HttpClient http, TimeSpan startup)
    {
        Slack = slack;
        Bots = bots;
        Engine = engine;
        DatabaseSetting = database;
        Http = http;
        Requests = new SignedRequests(http, SigningSecret);
        StartupTime = startup;
    }

    public FakeSlackServer Slack { get; }

    /// <summary>The bot processes, in the order they were started.</summary>
    public IReadOnlyList<BotProcessRunner> Bots { get; }

    /// <summary>The first bot process, which <see cref="Http"/> and <see cref="Requests"/> talk to.</summary>
    public BotProcessRunner Bot => Bots[0];

    public BenchmarkEngine Engine { get; }

    /// <summary>The bots' <c>INCIDENTBOT_DATABASE</c>: a SQLite file's path or a PostgreSQL connection string.</summary>
    public string DatabaseSetting { get; }

    public HttpClient Http { get; }

    public SignedRequests Requests { get; }

    /// <summary>From starting the first bot process until the last was ready.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>
    /// Starts the fake Slack, then <paramref name="prepare"/> (given the fake and the database setting, before the bot has
    /// migrated the new, empty database), then the bot, and waits for <c>/readyz</c>. <paramref name="slackOptions"/>
    /// configures the fake Slack (its tier limits, say); <paramref name="engine"/> is SQLite unless given.
    /// <paramref name="replicas"/> bot processes share the database (PostgreSQL only), each started once the one before
    /// is ready, so they do not race to create the scheduler's tables.
    /// </summary>
    public static async Task<BenchmarkEnvironment> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null, Func<FakeSlackServer, string, Task>? prepare = null,
        FakeSlackOptions? slackOptions = null, BenchmarkEngine? engine = null, int replicas = 1)
    {
        engine ??= BenchmarkEngine.Sqlite;
        if (replicas > 1 && engine.Engine != Core.Storage.DatabaseEngine.Postgres)
        {
            throw new ArgumentException("Only PostgreSQL is shared by several bot processes.", nameof(replicas));
        }

        var slack = await FakeSlackServer.StartAsync(slackOptions);
        foreach (var (id, name) in new[] { ("U1", "alice"), ("U2", "bob"), ("U3", "carol") })
        {
            slack.AddUser(id, name);
        }

        slack.AddChannel(FeedChannel, "incidents", false, slack.BotUserId, "U1", "U2", "U3");
        slack.AddChannel("CGENERAL", "general", false, "U1", "U2", "U3");
        var database = engine.CreateDatabase();
        var environment = new Dictionary<string, string>
        {
            ["SLACK_BOT_TOKEN"] = slack.BotToken, ["SLACK_SIGNING_SECRET"] = SigningSecret,
            ["SLACK_API_URL"] = slack.BaseUrl.ToString(), ["INCIDENTBOT_DATABASE"] = database,
            ["IncidentBot__FeedChannel"] = FeedChannel, ["Serilog__MinimumLevel__Default"] = "Warning",

            // The load declares far faster than a person: it measures the bot, not its pacing of members.
            ["IncidentBot__DeclaresPerMember"] = "0", ["IncidentBot__RecompilesPerMember"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var bots = new List<BotProcessRunner>();
        try
        {
            if (prepare is not null)
            {
                await prepare(slack, database);
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < replicas; i++)
            {
                bots.Add(BotProcessRunner.Start(environment));
                using var probe = new HttpClient { BaseAddress = bots[^1].BaseUrl };
                await WaitReadyAsync(probe, bots[^1]);
            }

            var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = bots[0].BaseUrl };
            return new BenchmarkEnvironment(slack, bots, engine, database, http, started.Elapsed);
        }
        catch
        {
            bots.ForEach(b => b.Dispose());
            await slack.DisposeAsync();
            BenchmarkEngine.Drop(database);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }

        await Slack.DisposeAsync();
        BenchmarkEngine.Drop(DatabaseSetting);
    }

    private static async Task WaitReadyAsync(HttpClient http, BotProcessRunner bot)
    {
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds(Environment.TickCount64) + TimeSpan.FromSeconds(60);
        while (DateTimeOffset.FromUnixTimeMilliseconds(Environment.TickCount64) < deadline)
        {
            try
            {
                using var response = await http.GetAsync("readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The bot did not become ready within 60 s:\n" + bot.Log());
    }
}
