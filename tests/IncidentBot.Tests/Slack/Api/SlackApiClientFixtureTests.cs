using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using IncidentBot.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>Real Slack response bodies (read in place from the shared fixtures) mapped through the client.</summary>
[TestFixture]
public sealed class SlackApiClientFixtureTests
{
    private const string Specs = "slack-api-specs/extracted__web-api__slack_web_openapi_v2.json__";
    private ScriptedHttpHandler _handler = null!;

    [SetUp]
    public void SetUp() => _handler = new ScriptedHttpHandler();

    [TearDown]
    public void TearDown() => _handler.Dispose();

    [Test]
    public async Task PostMessage_WithRealOkResponse_MapsChannelAndTs()
    {
        _handler.ThenJson(SharedFixtures.ReadText(Specs + "chat.postMessage__ok.json"));

        var posted = await CreateSut().PostMessageAsync(new ChatMessage("C1H9RESGL", "hi"));

        Assert.That(posted, Is.EqualTo(new PostedMessage("C1H9RESGL", "1503435956.000247")));
    }

    [Test]
    public async Task CreateConversation_WithRealOkResponse_MapsChannel()
    {
        _handler.ThenJson(SharedFixtures.ReadText(Specs + "conversations.create__ok.json"));

        var channel = await CreateSut().CreateConversationAsync("endeavor", false);

        Assert.That(channel, Is.EqualTo(new SlackChannel("C0EAQDV4Z", "endeavor", false, "U0123456", false)));
    }

    [Test]
    public void CreateConversation_WithRealNameTakenResponse_ThrowsNameTaken()
    {
        _handler.ThenJson(SharedFixtures.ReadText(Specs + "conversations.create__error_name_taken.json"));

        var ex = Assert.ThrowsAsync<SlackApiException>(() => CreateSut().CreateConversationAsync("endeavor", false));

        Assert.That(ex!.Error, Is.EqualTo("name_taken"));
    }

    [Test]
    public async Task GetUser_WithRealOkResponse_MapsUser()
    {
        _handler.ThenJson(SharedFixtures.ReadText(Specs + "users.info__ok.json"));

        var user = await CreateSut().GetUserAsync("W012A3CDE");

        Assert.That(user, Is.EqualTo(new SlackUser("W012A3CDE", "spengler", "Egon Spengler", "America/Los_Angeles", false)));
    }

    [Test]
    public async Task OpenView_WithRealOkResponse_MapsIdAndHash()
    {
        _handler.ThenJson(SharedFixtures.ReadText(Specs + "views.open__ok.json"));

        var view = await CreateSut().OpenViewAsync("1.2.abc", new System.Text.Json.Nodes.JsonObject { ["type"] = "modal" });

        Assert.That(view, Is.EqualTo(new SlackView("VMHU10V25", "156772938.1827394")));
    }

    [Test]
    public async Task OpenSocketConnection_WithDocsResponse_ReturnsWssUrl()
    {
        _handler.ThenJson(SharedFixtures.ReadText("slack-docs-examples/socket_mode__apps_connections_open_response.json"));

        var url = await CreateSut().OpenSocketConnectionAsync();

        Assert.That(url, Is.EqualTo(new Uri("wss://wss.slack.com/link/?ticket=1234-5678")));
    }

    private SlackApiClient CreateSut()
    {
        var time = new FakeTimeProvider();
        var options = new SlackApiOptions { BotToken = "xoxb-t", AppToken = "xapp-t" };
        return new SlackApiClient(
            new HttpClient(_handler, disposeHandler: false),
            Options.Create(options),
            new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, time),
            time,
            NullLogger<SlackApiClient>.Instance);
    }
}
