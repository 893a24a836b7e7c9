using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>
/// The fake refuses what Slack refuses as a whole, not only block by block: a message whose blocks hold too much text,
/// and a view too large; so an end-to-end test fails on an oversize payload as the bot would in production.
/// </summary>
[TestFixture]
public sealed class FakeSlackPayloadSizeTests
{
    private FakeSlackServer _slack = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.AddUser("U1", "alice");
        _slack.AddChannel("C1", "ops", false, _slack.BotUserId, "U1");
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
    public async Task PostMessage_BlocksHoldingMoreTextThanSlackTakes_IsRefusedAsTooLong()
    {
        var answer = await CallAsync("chat.postMessage", ("channel", "C1"), ("text", "x"), ("blocks", Sections(5, 2900).ToJsonString()));

        Assert.That(answer["error"]?.GetValue<string>(), Is.EqualTo("msg_blocks_too_long"));
        Assert.That(_slack.State.Messages("C1"), Is.Empty);
    }

    [Test]
    public async Task PostMessage_BlocksWithinTheTextLimit_IsPosted()
    {
        var answer = await CallAsync("chat.postMessage", ("channel", "C1"), ("text", "x"), ("blocks", Sections(3, 2900).ToJsonString()));

        Assert.That(answer["ok"]?.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task PublishHome_ViewLargerThan250kB_IsRefused()
    {
        // 100 valid sections of 2,900 characters: each block is fine, the whole is about 300 kB.
        var view = new JsonObject { ["type"] = "home", ["blocks"] = Sections(100, 2900) };

        var answer = await CallAsync("views.publish", ("user_id", "U1"), ("view", view.ToJsonString()));

        Assert.That(answer["error"]?.GetValue<string>(), Is.EqualTo("view_too_large"));
    }

    private static JsonArray Sections(int count, int length) => new(Enumerable.Range(0, count).Select(_ => (JsonNode)new JsonObject
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('x', length) },
    }).ToArray());

    private async Task<JsonObject> CallAsync(string method, params (string Name, string Value)[] args)
    {
        using var content = new FormUrlEncodedContent(args.Select(a => KeyValuePair.Create(a.Name, a.Value)));
        using var response = await _http.PostAsync(method, content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
