using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Support;

/// <summary>
/// The real host on a loopback Kestrel port with a real database (a SQLite file, or a PostgreSQL database when the run
/// is on PostgreSQL: <see cref="TestDatabases"/>), talking over HTTP to a fake Slack on another port. Requests are signed
/// as Slack signs them.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string FeedChannel = "CFEED";
    private readonly WebApplicationFactory<Program> _factory;

    private BotHarness(FakeSlackServer slack, WebApplicationFactory<Program> factory, string databasePath, HttpClient client)
    {
        Slack = slack;
        _factory = factory;
        DatabasePath = databasePath;
        Http = client;
        Requests = new SlackRequests(client, slack, SigningSecret);
    }

    public FakeSlackServer Slack { get; }

    public HttpClient Http { get; }

    public SlackRequests Requests { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _factory.Services;

    public Database Database => Services.GetRequiredService<Database>();

    /// <param name="settings">Configuration over <see cref="DefaultSettings"/>.</param>
    /// <param name="slack">A fake Slack to use instead of a fresh one.</param>
    /// <param name="databasePath">A database setting (SQLite path, PostgreSQL connection string) to use instead of a fresh database.</param>
    /// <param name="services">Service overrides applied after the host's own registrations.</param>
    public static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null, FakeSlackServer? slack = null,
        string? databasePath = null, Action<IServiceCollection>? services = null)
    {
        slack ??= await StartSlackAsync();
        databasePath ??= TestDatabases.CreateMigrated();
        var all = DefaultSettings(slack, databasePath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in all)
            {
                b.UseSetting(key, value);
            }

            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return new BotHarness(slack, factory, databasePath, client);
    }

    public static async Task<FakeSlackServer> StartSlackAsync()
    {
        var slack = await FakeSlackServer.StartAsync();
        slack.AddUser("U1", "alice", "Alice Able");
        slack.AddUser("U2", "bob", "Bob Baker");
        slack.AddUser("U3", "carol", "Carol Cole");
        slack.AddChannel(FeedChannel, "incidents", false, slack.BotUserId, "U1", "U2", "U3");
        slack.AddChannel("CGENERAL", "general", false, "U1", "U2", "U3");
        return slack;
    }

    public static Dictionary<string, string?> DefaultSettings(FakeSlackServer slack, string databasePath) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["SLACK_BOT_TOKEN"] = slack.BotToken,
        ["SLACK_SIGNING_SECRET"] = SigningSecret,
        ["SLACK_API_URL"] = slack.BaseUrl.ToString(),
        ["INCIDENTBOT_DATABASE"] = databasePath,
        ["IncidentBot:FeedChannel"] = FeedChannel,
        ["IncidentBot:TimeZone"] = "UTC",
        ["Serilog:MinimumLevel:Default"] = "Warning",

        // Tests declare and recompile far faster than a person; the pacing tests set these back on.
        ["IncidentBot:DeclaresPerMember"] = "0",
        ["IncidentBot:RecompilesPerMember"] = "0",
    };

    /// <summary>Waits until queued Slack work is finished (nothing pending or running).</summary>
    public Task WaitForIdleAsync(TimeSpan? timeout = null) => Eventually.TrueAsync(async () =>
    {
        var store = Services.GetRequiredService<OutboxStore>();
        return await store.CountAsync("pending") == 0 && await store.CountAsync("running") == 0;
    }, timeout ?? TimeSpan.FromSeconds(20), "the work queue to drain");

    /// <summary>
    /// Stops the bot as a deploy does (a graceful shutdown, work under way cancelled) and starts it again on the same
    /// database and fake Slack; this harness is done with, the returned one takes over.
    /// </summary>
    public async Task<BotHarness> RestartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        await StopAsync();
        return await StartAsync(settings, Slack, DatabasePath, services);
    }

    /// <summary>Stops the bot as a deploy does, leaving the fake Slack and the database to whoever goes on with them.</summary>
    public async Task StopAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        await Slack.DisposeAsync();
        TestDatabases.Drop(DatabasePath);
    }
}
