using System.Net;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Integrations;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Hosting;

/// <summary>
/// The real process, logging at its most verbose, never writes a token or the signing secret, nor the secrets of the
/// vendors it calls, even when every vendor refuses it or fails.
/// </summary>
[TestFixture]
public sealed class SecretsInLogsTests
{
    private const string BotToken = "xoxb-1111-2222-SECRETBOTTOKEN";
    private const string AppToken = "xapp-1-A111-SECRETAPPTOKEN";
    private const string SigningSecret = "secret-signing-key-0123456789";
    private const string MetricsToken = "SECRETMETRICSTOKEN-0123456789";
    private const string PagerDutyRoutingKey = "SECRETPDROUTINGKEY00000000000000";
    private const string PagerDutyApiToken = "SECRETPDAPITOKEN-0123456789";
    private const string PagerDutyWebhookSecret = "SECRETPDWEBHOOK-0123456789";
    private const string JiraApiToken = "SECRETJIRATOKEN-0123456789";
    private const string ZoomClientSecret = "SECRETZOOMSECRET-0123456789";

    [Test]
    public async Task Logs_HttpModeThroughDeclaresRetriesAndRefusals_NeverContainSecrets()
    {
        await using var slack = await FakeSlackServer.StartAsync(new FakeSlackOptions { BotToken = BotToken, AppToken = AppToken });
        slack.AddUser("U1", "alice");
        var database = Path.Combine(Path.GetTempPath(), $"incidentbot-secrets-{Guid.NewGuid():N}.db");
        await using var bot = BotProcess.Start(Settings(slack, database));
        await bot.WaitReadyAsync();
        slack.Faults.Enqueue("conversations.create", Fault.RateLimited(1));
        slack.Faults.Enqueue("chat.postMessage", Fault.ServerError());
        var requests = new SlackRequests(bot.Http, slack, SigningSecret);

        await requests.CommandAsync("declare sev1 Checkout is failing");
        await requests.CommandAsync("declare sev9 Bad severity");
        await new SlackRequests(bot.Http, slack, "wrong-secret").CommandAsync("declare sev1 Forged");
        await ScrapeAsync(bot.Http, "Bearer " + MetricsToken[..^1], HttpStatusCode.Unauthorized);
        await ScrapeAsync(bot.Http, "Bearer " + MetricsToken, HttpStatusCode.OK);
        await slack.WaitForAsync(s => s.CallsTo("pins.add").Count > 0, TimeSpan.FromSeconds(20));

        await bot.StopAsync(TimeSpan.FromSeconds(30));

        AssertNoSecrets(bot.Logs);
        Assert.That(bot.Logs, Does.Contain("conversations.create"), "the retry of the rate-limited call should be logged");
        Assert.That(bot.Logs, Does.Contain("Refused 1 request(s) to the Slack endpoints and hooks since the last report (Mismatch 1)"),
            "the forged request should be counted in the refusals reported at shutdown");
    }

    [Test]
    public async Task Logs_SocketMode_NeverContainTokensOrTheConnectionTicket()
    {
        await using var slack = await FakeSlackServer.StartAsync(new FakeSlackOptions { BotToken = BotToken, AppToken = AppToken });
        var database = Path.Combine(Path.GetTempPath(), $"incidentbot-secrets-{Guid.NewGuid():N}.db");
        var settings = Settings(slack, database);
        settings["SLACK_APP_TOKEN"] = AppToken;
        await using var bot = BotProcess.Start(settings);
        await bot.WaitReadyAsync();

        await slack.SocketMode.SendSlashCommandAsync("help");
        await slack.SocketMode.RequestRefreshAsync();
        await slack.WaitForAsync(s => s.SocketMode.ConnectionsOpened >= 2, TimeSpan.FromSeconds(15));

        AssertNoSecrets(bot.Logs);
        Assert.That(bot.Logs, Does.Not.Contain("ticket="));
    }

    [Test]
    public async Task Logs_PagerDutyJiraAndZoomRefusingAndFailing_NeverContainTheirSecrets()
    {
        await using var slack = await FakeSlackServer.StartAsync(new FakeSlackOptions { BotToken = BotToken, AppToken = AppToken });
        slack.AddUser("U1", "alice");
        await using var pagerDuty = await FakePagerDuty.StartAsync();
        await using var jira = await FakeJira.StartAsync();
        await using var zoom = await FakeZoom.StartAsync();
        pagerDuty.FailNext(500);
        pagerDuty.FailNext(503);
        var settings = Settings(slack, Path.Combine(Path.GetTempPath(), $"incidentbot-secrets-{Guid.NewGuid():N}.db"));
        foreach (var (key, value) in VendorSettings(pagerDuty, jira, zoom))
        {
            settings[key] = value;
        }

        await using var bot = BotProcess.Start(settings);
        await bot.WaitReadyAsync();
        var requests = new SlackRequests(bot.Http, slack, SigningSecret);

        await requests.CommandAsync("declare sev1 Checkout is failing");
        await slack.WaitForAsync(s => s.CallsTo("pins.add").Count > 0, TimeSpan.FromSeconds(20));
        var channel = slack.State.Channels.Single(c => c.Creator == slack.BotUserId).Id;
        await requests.CommandAsync("action Add a canary for config pushes p1", "U1", channel);
        await requests.CommandAsync("oncall");
        var oncallAnswer = requests.LastResponseUrl!;
        await HookAsync(bot.Http);
        await slack.WaitForAsync(s => s.ResponseUrlPosts(oncallAnswer).Count > 0, TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(() => pagerDuty.Accepted.Count > 0 && jira.Refused.Count > 0 && zoom.Refused.Count > 0, TimeSpan.FromSeconds(30),
            "PagerDuty to take the trigger after two failures, and Jira and Zoom to refuse the bot's credentials");

        await bot.StopAsync(TimeSpan.FromSeconds(30));

        AssertNoSecrets(bot.Logs);
        Assert.That(bot.Logs, Does.Not.Contain("SECRETPD").And.Not.Contain("SECRETJIRA").And.Not.Contain("SECRETZOOM"));
        Assert.That(bot.Logs, Does.Not.Contain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FakeJira.Email}:{JiraApiToken}")))
            .And.Not.Contain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FakeZoom.ClientId}:{ZoomClientSecret}"))),
            "nor the Basic credentials made of them");
        Assert.That(bot.Logs, Does.Contain("PagerDuty's on-call could not be read").And.Contain("Zoom refused"),
            "the refusals were logged, so the logs were there to leak into");
    }

    private static (string Key, string? Value)[] VendorSettings(FakePagerDuty pagerDuty, FakeJira jira, FakeZoom zoom) =>
    [
        ("IncidentBot:PagerDuty:RoutingKey", PagerDutyRoutingKey), ("IncidentBot:PagerDuty:Severities", "sev1"),
        ("IncidentBot:PagerDuty:EventsUrl", pagerDuty.EventsUrl.ToString()), ("IncidentBot:PagerDuty:WebhookSecret", PagerDutyWebhookSecret),
        ("IncidentBot:PagerDuty:ApiToken", PagerDutyApiToken), ("IncidentBot:PagerDuty:ScheduleId", FakePagerDuty.ScheduleId),
        ("IncidentBot:PagerDuty:BaseUrl", pagerDuty.BaseUrl.ToString()),
        ("IncidentBot:Jira:BaseUrl", jira.BaseUrl.ToString()), ("IncidentBot:Jira:Email", FakeJira.Email),
        ("IncidentBot:Jira:ApiToken", JiraApiToken), ("IncidentBot:Jira:Project", FakeJira.Project), ("IncidentBot:Jira:AutoPriorities", "p1"),
        ("IncidentBot:Zoom:AccountId", FakeZoom.AccountId), ("IncidentBot:Zoom:ClientId", FakeZoom.ClientId),
        ("IncidentBot:Zoom:ClientSecret", ZoomClientSecret), ("IncidentBot:Zoom:Severities", "sev1"),
        ("IncidentBot:Zoom:BaseUrl", zoom.BaseUrl.ToString()), ("IncidentBot:Zoom:OAuthUrl", zoom.OAuthUrl.ToString()),
    ];

    /// <summary>A PagerDuty webhook signed with another secret, which the bot refuses.</summary>
    private static async Task HookAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/pagerduty")
        {
            Content = new StringContent("""{"event":{"id":"01","event_type":"incident.resolved"}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-PagerDuty-Signature", "v1=0000");
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static Dictionary<string, string?> Settings(FakeSlackServer slack, string database) => new()
    {
        ["SLACK_BOT_TOKEN"] = BotToken,
        ["SLACK_SIGNING_SECRET"] = SigningSecret,
        ["IncidentBot:MetricsToken"] = MetricsToken,
        ["SLACK_API_URL"] = slack.BaseUrl.ToString(),
        ["INCIDENTBOT_DATABASE"] = database,
        ["Serilog:MinimumLevel:Default"] = "Verbose",
        ["Serilog:MinimumLevel:Override:System.Net.Http.HttpClient"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
    };

    private static async Task ScrapeAsync(HttpClient http, string authorization, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    private static void AssertNoSecrets(string logs)
    {
        Assert.That(logs, Is.Not.Empty, "the process wrote no logs at all");
        Assert.That(logs, Does.Not.Contain(BotToken).And.Not.Contain("SECRETBOTTOKEN"));
        Assert.That(logs, Does.Not.Contain(AppToken).And.Not.Contain("SECRETAPPTOKEN"));
        Assert.That(logs, Does.Not.Contain(SigningSecret));
        Assert.That(logs, Does.Not.Contain("SECRETMETRICSTOKEN"));
    }
}
