using System.Text.Json.Nodes;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>Multi-request flows: pagination, file upload, response_url, Socket Mode, pacing.</summary>
[TestFixture]
public sealed class SlackApiClientFlowTests
{
    private ScriptedHttpHandler _handler = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new ScriptedHttpHandler();
        _time = new FakeTimeProvider();
    }

    [TearDown]
    public void TearDown() => _handler.Dispose();

    [Test]
    public async Task ListConversations_ForAPrivateIncident_AsksForLivePrivateChannelsAndHandsOnTheCursor()
    {
        _handler.ThenJson("""{"ok":true,"channels":[{"id":"G1","name":"inc-7","is_private":true}],"response_metadata":{"next_cursor":"p2"}}""");

        var page = await CreateSut().ListConversationsAsync(isPrivate: true, cursor: "p1");

        var form = _handler.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(page.Channels, Is.EqualTo(new[] { new SlackChannel("G1", "inc-7", true, null, false) }));
            Assert.That(page.NextCursor, Is.EqualTo("p2"));
            Assert.That(form["cursor"], Is.EqualTo("p1"));
            Assert.That(form["types"], Is.EqualTo("private_channel"));
            Assert.That(form["exclude_archived"], Is.EqualTo("true"));
            Assert.That(form["limit"], Is.EqualTo("1000"));
        });
    }

    [Test]
    public async Task ListConversations_OnTheLastPage_HasNoNextCursor()
    {
        _handler.ThenJson("""{"ok":true,"channels":[{"id":"C1","name":"general"}],"response_metadata":{"next_cursor":""}}""");

        var page = await CreateSut().ListConversationsAsync(isPrivate: false, cursor: null);

        Assert.Multiple(() =>
        {
            Assert.That(page.NextCursor, Is.Null);
            Assert.That(_handler.Requests.Single().Form["types"], Is.EqualTo("public_channel"));
            Assert.That(_handler.Requests.Single().Form.ContainsKey("cursor"), Is.False);
        });
    }

    [Test]
    public async Task UploadFile_Always_GetsUrlPostsBytesThenCompletes()
    {
        _handler
            .ThenJson("""{"ok":true,"upload_url":"https://files.slack.test/upload/v1/abc","file_id":"F1"}""")
            .Then(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("OK - 5") })
            .ThenJson("""{"ok":true,"files":[{"id":"F1","title":"Timeline"}]}""");
        var upload = new FileUpload("C1", "timeline.md", "Timeline", "hello"u8.ToArray(), "Post-mortem draft", "1.2");

        var fileId = await CreateSut().UploadFileAsync(upload);

        var requests = _handler.Requests;
        var files = JsonNode.Parse(requests[2].Form["files"])!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(fileId, Is.EqualTo("F1"));
            Assert.That(requests.Select(r => r.Uri.Host + r.Uri.AbsolutePath), Is.EqualTo(new List<string>
            {
                "slack.test/api/files.getUploadURLExternal",
                "files.slack.test/upload/v1/abc",
                "slack.test/api/files.completeUploadExternal",
            }));
            Assert.That(requests[0].Form["filename"], Is.EqualTo("timeline.md"));
            Assert.That(requests[0].Form["length"], Is.EqualTo("5"));
            Assert.That(requests[1].Body, Is.EqualTo("hello"));
            Assert.That(requests[1].Authorization, Is.Null);
            Assert.That(files[0]!["id"]!.GetValue<string>(), Is.EqualTo("F1"));
            Assert.That(files[0]!["title"]!.GetValue<string>(), Is.EqualTo("Timeline"));
            Assert.That(requests[2].Form["channel_id"], Is.EqualTo("C1"));
            Assert.That(requests[2].Form["initial_comment"], Is.EqualTo("Post-mortem draft"));
            Assert.That(requests[2].Form["thread_ts"], Is.EqualTo("1.2"));
        });
    }

    [Test]
    public async Task PostToResponseUrl_Always_PostsJsonWithoutBearerToken()
    {
        _handler.ThenJson("""{"ok":true}""");
        var url = new Uri("https://hooks.slack.test/actions/T1/1/abc");

        await CreateSut().PostToResponseUrlAsync(url, new JsonObject { ["text"] = "done", ["replace_original"] = true });

        var request = _handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri, Is.EqualTo(url));
            Assert.That(request.Authorization, Is.Null);
            Assert.That(request.ContentType, Is.EqualTo("application/json"));
            Assert.That(JsonNode.Parse(request.Body)!["text"]!.GetValue<string>(), Is.EqualTo("done"));
        });
    }

    [Test]
    public async Task OpenSocketConnection_WithAppToken_UsesAppTokenNotBotToken()
    {
        _handler.ThenJson("""{"ok":true,"url":"wss://wss.slack.test/link/?ticket=1"}""");

        var url = await CreateSut(o => o.AppToken = "xapp-1").OpenSocketConnectionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(url, Is.EqualTo(new Uri("wss://wss.slack.test/link/?ticket=1")));
            Assert.That(_handler.Requests.Single().Authorization, Is.EqualTo("Bearer xapp-1"));
        });
    }

    [Test]
    public void OpenSocketConnection_WithoutAppToken_ThrowsWithoutCallingSlack()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().OpenSocketConnectionAsync());

        Assert.That(_handler.Requests, Is.Empty);
    }

    [Test]
    public async Task GetHistory_WithMetadata_MapsEventTypeAndPayload()
    {
        _handler.ThenJson("""
            {"ok":true,"messages":[
              {"ts":"2.0","bot_id":"B1","text":"declared","metadata":{"event_type":"incident_declared","event_payload":{"number":7}}},
              {"ts":"1.0","user":"U1","text":"hi"}]}
            """);

        var messages = await CreateSut().GetHistoryAsync("C1", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_250));

        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(messages[0].MetadataEventType, Is.EqualTo("incident_declared"));
            Assert.That(messages[0].MetadataPayload!["number"]!.GetValue<int>(), Is.EqualTo(7));
            Assert.That(messages[1].User, Is.EqualTo("U1"));
            Assert.That(_handler.Requests.Single().Form["include_all_metadata"], Is.EqualTo("true"));
            Assert.That(_handler.Requests.Single().Form["oldest"], Is.EqualTo("1700000000.250000"));
        });
    }

    [Test]
    public async Task GetThreadReplies_OverSeveralPages_KeepsEveryReplySinceOldestWithoutTheParent()
    {
        _handler
            .ThenJson("""
                {"ok":true,"messages":[{"ts":"1.0","text":"headline","thread_ts":"1.0"},{"ts":"2.0","text":"a","thread_ts":"1.0"},
                  {"ts":"3.0","text":"b","thread_ts":"1.0"}],"response_metadata":{"next_cursor":"p2"}}
                """)
            .ThenJson("""
                {"ok":true,"messages":[{"ts":"4.0","text":"c","thread_ts":"1.0","metadata":{"event_type":"incident_update","event_payload":{"effect_key":"k4"}}}],
                 "response_metadata":{"next_cursor":""}}
                """);

        var replies = await CreateSut().GetThreadRepliesAsync("C1", "1.0", DateTimeOffset.FromUnixTimeSeconds(1));

        var forms = _handler.Requests.Select(r => r.Form).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(replies.Select(m => m.Ts), Is.EqualTo(new[] { "2.0", "3.0", "4.0" }));
            Assert.That(replies[2].MetadataPayload!["effect_key"]!.GetValue<string>(), Is.EqualTo("k4"));
            Assert.That(forms[0]["oldest"], Is.EqualTo("1.000000"));
            Assert.That(forms[0]["ts"], Is.EqualTo("1.0"));
            Assert.That(forms[0]["include_all_metadata"], Is.EqualTo("true"));
            Assert.That(forms[1]["cursor"], Is.EqualTo("p2"));
        });
    }

    [Test]
    public async Task GetThreadReplies_ThreadGone_ReturnsNone()
    {
        _handler.ThenJson("""{"ok":false,"error":"thread_not_found"}""");

        Assert.That(await CreateSut().GetThreadRepliesAsync("C1", "1.0", DateTimeOffset.UnixEpoch), Is.Empty);
    }

    [Test]
    public async Task PostMessage_FourthToSameChannelWithinASecond_WaitsButOtherChannelDoesNot()
    {
        _handler.Fallback = r => ScriptedHttpHandler.Json($$"""{"ok":true,"channel":"{{r.Form["channel"]}}","ts":"1.0"}""");
        var sut = CreateSut();
        for (var i = 0; i < 3; i++)
        {
            await sut.PostMessageAsync(new ChatMessage("C1", "update"));
        }

        var fourth = sut.PostMessageAsync(new ChatMessage("C1", "update"));
        var elsewhere = await sut.PostMessageAsync(new ChatMessage("C2", "update")).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(elsewhere.Channel, Is.EqualTo("C2"));
            Assert.That(fourth.IsCompleted, Is.False);
            Assert.That(_handler.Requests, Has.Count.EqualTo(4));
        });
        _time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(_handler.Requests, Has.Count.EqualTo(5));
    }

    private SlackApiClient CreateSut(Action<SlackApiOptions>? configure = null)
    {
        var options = new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = "xoxb-t" };
        configure?.Invoke(options);
        return new SlackApiClient(
            new HttpClient(_handler, disposeHandler: false),
            Options.Create(options),
            new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, _time),
            _time,
            NullLogger<SlackApiClient>.Instance);
    }
}
