using IncidentBot.FakeSlack;

namespace IncidentBot.Benchmarks;

/// <summary>A fake Slack and the real bot process pointed at it, with a fresh database.</summary>
public sealed class BenchmarkEnvironment : IAsyncDisposable
{
    public const string SigningSecret = "benchmark-signing-secret";
    public const string FeedChannel = "CFEED";

    private BenchmarkEnvironment(FakeSlackServer slack, BotProcessRunner bot, string database, HttpClient http, TimeSpan startup)
    {
        Slack = slack;
        Bot = bot;
        DatabasePath = database;
        Http = http;
        Requests = new SignedRequests(http, SigningSecret);
        StartupTime = startup;
    }

    public FakeSlackServer Slack { get; }

    public BotProcessRunner Bot { get; }

    public string DatabasePath { get; }

    public HttpClient Http { get; }

    public SignedRequests Requests { get; }

    public TimeSpan StartupTime { get; }

    /// <summary>
    /// Starts the fake Slack, then <paramref name="prepare"/> (given the fake and the database path, before the bot has
    /// created the database), then the bot, and waits for <c>/readyz</c>. <paramref name="slackOptions"/> configures the
    /// fake Slack (its tier limits, say).
    /// </summary>
    public static async Task<BenchmarkEnvironment> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null, Func<FakeSlackServer, string, Task>? prepare = null,
        FakeSlackOptions? slackOptions = null)
    {
        var slack = await FakeSlackServer.StartAsync(slackOptions);
        foreach (var (id, name) in new[] { ("U1", "alice"), ("U2", "bob"), ("U3", "carol") })
        {
            slack.AddUser(id, name);
        }

        slack.AddChannel(FeedChannel, "incidents", false, slack.BotUserId, "U1", "U2", "U3");
        slack.AddChannel("CGENERAL", "general", false, "U1", "U2", "U3");
        var database = Path.Combine(Path.GetTempPath(), $"incidentbot-bench-{Guid.NewGuid():N}.db");
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

        if (prepare is not null)
        {
            await prepare(slack, database);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var bot = BotProcessRunner.Start(environment);
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = bot.BaseUrl };
        await WaitReadyAsync(http, bot);
        return new BenchmarkEnvironment(slack, bot, database, http, started.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Bot.Dispose();
        await Slack.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
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
