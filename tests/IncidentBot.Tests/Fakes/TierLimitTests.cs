using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.Fakes;

/// <summary>The fake Slack's tier limits, on request, as a real workspace has them, and its large workspace.</summary>
[TestFixture]
public sealed partial class TierLimitTests
{
    private readonly FakeTimeProvider _time = new();
    private FakeSlackServer _slack = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _slack = await FakeSlackServer.StartAsync(new FakeSlackOptions { EnforceTierLimits = true, TimeProvider = _time });
        _http = new HttpClient { BaseAddress = _slack.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _slack.BotToken);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    [Test]
    public void EveryMethodTheBotCalls_HasItsTierHereOrIsOneSlackLimitsSpecially()
    {
        var api = Path.Combine(RepoRoot.Path, "src", "IncidentBot", "Slack", "Api");
        var called = Directory.EnumerateFiles(api, "*.cs")
            .SelectMany(f => MethodName().Matches(File.ReadAllText(f)).Select(m => m.Groups["method"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(called, Has.Count.GreaterThan(20), "the scan should see the client's methods");
        Assert.That(called.Where(m => TierLimits.For(m) is null && !TierLimits.Special.Contains(m)), Is.Empty,
            "a method without its tier here is never limited in the storm benchmark and the tier tests, though Slack limits it");
    }

    [Test]
    public async Task Create_PastTwentyAMinute_Answers429UntilTheOldestCallLeavesTheMinute()
    {
        for (var i = 1; i <= 20; i++)
        {
            Assert.That((await CallAsync("conversations.create", $"name=c{i}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        using var limited = await CallAsync("conversations.create", "name=c21");
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(40)));
        _time.Advance(TimeSpan.FromSeconds(39));
        using var early = await CallAsync("conversations.create", "name=c21");
        _time.Advance(TimeSpan.FromSeconds(1));
        using var onTime = await CallAsync("conversations.create", "name=c21");

        Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(onTime.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_slack.EarlyCalls.Select(c => c.Method), Is.EqualTo(new[] { "conversations.create" }));
    }

    [Test]
    public async Task List_InAWorkspaceOf20000Channels_PagesThroughThemAll()
    {
        _slack.AddChannels(20_000);
        var names = 0;
        var pages = 0;
        string? cursor = null;
        do
        {
            using var response = await CallAsync("conversations.list", $"types=public_channel&limit=1000&cursor={cursor}");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            names += body["channels"]!.AsArray().Count;
            cursor = (string?)body["response_metadata"]!["next_cursor"];
            pages++;
        }
        while (!string.IsNullOrEmpty(cursor));

        Assert.That((names, pages), Is.EqualTo((20_000, 20)), "20 pages, within the Tier 2 limit of 20 a minute");
    }

    private Task<HttpResponseMessage> CallAsync(string method, string form) =>
        _http.PostAsync(method, new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

    /// <summary>A Slack Web API method named in the client's source: <c>"conversations.create"</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("\"(?<method>(?:apps|auth|bookmarks|chat|conversations|files|pins|reactions|usergroups|users|views)\\.[a-zA-Z.]+)\"")]
    private static partial System.Text.RegularExpressions.Regex MethodName();
}
