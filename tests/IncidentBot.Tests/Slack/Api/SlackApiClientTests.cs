using System.Text.Json.Nodes;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

[TestFixture]
public sealed class SlackApiClientTests
{
    private const string BotToken = "xoxb-test-token";
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
    public async Task AuthTest_Always_PostsFormWithBearerTokenAndMapsIdentity()
    {
        _handler.ThenJson("""{"ok":true,"user_id":"U1","team_id":"T1","bot_id":"B1"}""");

        var result = await CreateSut().AuthTestAsync();

        var request = _handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new AuthTestResult("U1", "T1", "B1")));
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri, Is.EqualTo(new Uri("https://slack.test/api/auth.test")));
            Assert.That(request.Authorization, Is.EqualTo("Bearer " + BotToken));
            Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        });
    }

    [Test]
    public async Task CreateConversation_Always_SendsNameAndPrivacyAsFormFields()
    {
        _handler.ThenJson("""{"ok":true,"channel":{"id":"C1","name":"inc-1","is_private":true,"creator":"U1"}}""");

        var channel = await CreateSut().CreateConversationAsync("inc-1", isPrivate: true);

        var form = _handler.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(channel, Is.EqualTo(new SlackChannel("C1", "inc-1", true, "U1", false)));
            Assert.That(form["name"], Is.EqualTo("inc-1"));
            Assert.That(form["is_private"], Is.EqualTo("true"));
        });
    }

    [Test]
    public void CreateConversation_WhenSlackReturnsOkFalse_ThrowsWithErrorAndMessagesWithoutRetrying()
    {
        _handler.ThenJson("""{"ok":false,"error":"invalid_name_specials","response_metadata":{"messages":["[ERROR] bad name"]}}""");

        var ex = Assert.ThrowsAsync<SlackApiException>(() => CreateSut().CreateConversationAsync("Bad Name!", false));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Method, Is.EqualTo("conversations.create"));
            Assert.That(ex.Error, Is.EqualTo("invalid_name_specials"));
            Assert.That(ex.Messages, Is.EqualTo(new List<string> { "[ERROR] bad name" }));
            Assert.That(_handler.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PostMessage_WithBlocksAndMetadata_SendsThemAsJsonFieldsWithUnfurlsOff()
    {
        _handler.ThenJson("""{"ok":true,"channel":"C1","ts":"1.2"}""");
        var blocks = new JsonArray(new JsonObject { ["type"] = "divider" });
        var metadata = new MessageMetadata("incident_declared", new JsonObject { ["number"] = 7 });

        var posted = await CreateSut().PostMessageAsync(new ChatMessage("C1", "hi", blocks, "0.9", metadata));

        var form = _handler.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(posted, Is.EqualTo(new PostedMessage("C1", "1.2")));
            Assert.That(JsonNode.Parse(form["blocks"])![0]!["type"]!.GetValue<string>(), Is.EqualTo("divider"));
            Assert.That(JsonNode.Parse(form["metadata"])!["event_type"]!.GetValue<string>(), Is.EqualTo("incident_declared"));
            Assert.That(JsonNode.Parse(form["metadata"])!["event_payload"]!["number"]!.GetValue<int>(), Is.EqualTo(7));
            Assert.That(form["thread_ts"], Is.EqualTo("0.9"));
            Assert.That(form["unfurl_links"], Is.EqualTo("false"));
            Assert.That(form["unfurl_media"], Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task Invite_WhenAlreadyInChannel_TreatsAsSuccess()
    {
        _handler.ThenJson("""{"ok":false,"error":"already_in_channel"}""");

        await CreateSut().InviteAsync("C1", ["U1"]);

        Assert.That(_handler.Requests.Single().Form["users"], Is.EqualTo("U1"));
    }

    [Test]
    public async Task Invite_With250Users_SendsChunksOf100()
    {
        _handler.Fallback = _ => ScriptedHttpHandler.Json("""{"ok":true}""");
        var users = Enumerable.Range(0, 250).Select(i => $"U{i}").ToList();

        await CreateSut().InviteAsync("C1", users);

        var chunkSizes = _handler.Requests.Select(r => r.Form["users"].Split(',').Length);
        Assert.That(chunkSizes, Is.EqualTo(new List<int> { 100, 100, 50 }));
    }

    [Test]
    public async Task Pin_WhenAlreadyPinned_TreatsAsSuccess()
    {
        _handler.ThenJson("""{"ok":false,"error":"already_pinned"}""");

        await CreateSut().PinAsync("C1", "1.2");

        Assert.That(_handler.Requests.Single().Form["timestamp"], Is.EqualTo("1.2"));
    }

    [Test]
    public async Task Archive_WhenAlreadyArchived_TreatsAsSuccess()
    {
        _handler.ThenJson("""{"ok":false,"error":"already_archived"}""");

        await CreateSut().ArchiveAsync("C1");

        Assert.That(_handler.Requests.Single().SlackMethod, Is.EqualTo("conversations.archive"));
    }

    [Test]
    public void Pin_WhenOtherError_Throws()
    {
        _handler.ThenJson("""{"ok":false,"error":"channel_not_found"}""");

        var ex = Assert.ThrowsAsync<SlackApiException>(() => CreateSut().PinAsync("C1", "1.2"));

        Assert.That(ex!.Error, Is.EqualTo("channel_not_found"));
    }

    internal SlackApiClient CreateSut(Action<SlackApiOptions>? configure = null)
    {
        var options = new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = BotToken };
        configure?.Invoke(options);
        var pacer = new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, _time);
        return new SlackApiClient(
            new HttpClient(_handler, disposeHandler: false),
            Options.Create(options),
            pacer,
            _time,
            NullLogger<SlackApiClient>.Instance);
    }
}
