using System.Text.Json.Nodes;
using IncidentBot.Slack.Http;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>The Slack edge over real HTTP: signatures, url_verification, malformed payloads, help and unknown commands.</summary>
[TestFixture]
public sealed class SlackEdgeTests
{
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private static string DeclareBody => SlackRequests.FormBody(new Dictionary<string, string>
    {
        ["user_id"] = "U1", ["channel_id"] = "CGENERAL", ["command"] = "/incident", ["text"] = "declare sev1 Unsigned outage",
    });

    [Test]
    public async Task Command_WithoutSignature_Is401AndDeclaresNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StringContent(DeclareBody, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        using var response = await _bot.Http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        await AssertNothingDeclaredAsync();
    }

    [TestCase(-301, TestName = "Command_WithStaleTimestamp_Is401AndDeclaresNothing")]
    [TestCase(301, TestName = "Command_WithFutureTimestamp_Is401AndDeclaresNothing")]
    public async Task Command_WithTimestampOutsideWindow_Is401(int offsetSeconds)
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;
        var answer = await _bot.Requests.PostAsync("/slack/commands", DeclareBody, "application/x-www-form-urlencoded", timestamp: ts);

        Assert.That(answer.Status, Is.EqualTo(401));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task Command_SignedWithWrongSecret_Is401AndDeclaresNothing()
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var wrong = SlackSignatureVerifier.Sign("not-the-secret", ts, System.Text.Encoding.UTF8.GetBytes(DeclareBody));
        var answer = await _bot.Requests.PostAsync("/slack/commands", DeclareBody, "application/x-www-form-urlencoded",
            timestamp: ts, signatureOverride: wrong);

        Assert.That(answer.Status, Is.EqualTo(401));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task Command_WithTamperedBody_Is401AndDeclaresNothing()
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var signature = SlackSignatureVerifier.Sign(BotHarness.SigningSecret, ts, System.Text.Encoding.UTF8.GetBytes(DeclareBody));
        var tampered = DeclareBody.Replace("sev1", "sev0", StringComparison.Ordinal);
        var answer = await _bot.Requests.PostAsync("/slack/commands", tampered, "application/x-www-form-urlencoded",
            timestamp: ts, signatureOverride: signature);

        Assert.That(answer.Status, Is.EqualTo(401));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task Events_WithBadSignature_Is401()
    {
        var answer = await _bot.Requests.PostAsync("/slack/events", """{"type":"url_verification","challenge":"abc"}""",
            "application/json", signatureOverride: "v0=" + new string('0', 64));

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        var envelope = JsonNode.Parse(SharedFixtures.ReadText(
            "bolt-python/extracted__tests__scenario_tests__test_events_url_verification.py__event_body__url_verification.json"))!.AsObject();
        var answer = await _bot.Requests.EventAsync(envelope);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json?["challenge"]?.GetValue<string>(), Is.EqualTo(envelope["challenge"]!.GetValue<string>()));
    }

    [Test]
    public async Task Help_ListsEverySubcommandWithUsage()
    {
        var answer = await _bot.Requests.CommandAsync("help");

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json?["response_type"]?.GetValue<string>(), Is.EqualTo("ephemeral"));
        Assert.That(answer.Text, Does.Contain("`/incident declare [severity] [--type &lt;key&gt;] [title] [--private] [--ic]`"));
        Assert.That(answer.Text, Does.Contain("`/incident list`").And.Contain("`/incident status`").And.Contain("`/incident help`"));
    }

    [TestCase("updat", "update")]
    [TestCase("lst", "list")]
    [TestCase("decalre sev1 x", "declare")]
    public async Task UnknownSubcommand_AnswersDidYouMean(string text, string suggestion)
    {
        var answer = await _bot.Requests.CommandAsync(text);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain($"I don't know `/incident {text.Split(' ')[0]}`").And.Contain($"Did you mean \"{suggestion}\"?"));
    }

    [Test]
    public async Task UnknownSubcommand_WithNothingClose_ListsCommands()
    {
        var answer = await _bot.Requests.CommandAsync("xyzzy");

        Assert.That(answer.Text, Does.Contain("I don't know `/incident xyzzy`").And.Contain("`/incident help`"));
        Assert.That(answer.Text, Does.Not.Contain("Did you mean"));
    }

    [Test]
    public async Task Command_MissingUserAndChannel_Is400()
    {
        var answer = await _bot.Requests.PostAsync("/slack/commands", "command=%2Fincident&text=help", "application/x-www-form-urlencoded");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [TestCase("payload=not-json")]
    [TestCase("payload=%7B%7D")]
    [TestCase("nothing=here")]
    [TestCase("")]
    public async Task Interaction_Malformed_Is400(string body)
    {
        var answer = await _bot.Requests.PostAsync("/slack/interactions", body, "application/x-www-form-urlencoded");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [TestCase("{not json")]
    [TestCase("[1,2,3]")]
    [TestCase("""{"type":"event_callback"}""")]
    [TestCase("""{"type":"url_verification"}""")]
    public async Task Event_Malformed_Is400(string body)
    {
        var answer = await _bot.Requests.PostAsync("/slack/events", body, "application/json");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task UnsignedRequest_TricklingIn_DoesNotHoldTheQueueBack()
    {
        var activity = _bot.Services.GetRequiredServiceOf<IncidentBot.Work.ForegroundActivity>();
        var rest = new TaskCompletionSource();
        using var content = new TricklingContent("command=%2Fincident&text=declare+sev1+Unsigned", rest.Task);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var sending = _bot.Http.PostAsync("/slack/commands", content);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var busyWhileArriving = activity.IsBusy;
        rest.SetResult();
        using var answer = await sending;

        Assert.That(busyWhileArriving, Is.False);
        Assert.That((int)answer.StatusCode, Is.EqualTo(401));
        await AssertNothingDeclaredAsync();
    }

    /// <summary>A body sent in two parts, the second once <paramref name="rest"/> completes.</summary>
    private sealed class TricklingContent(string body, Task rest) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            await stream.WriteAsync(bytes.AsMemory(0, 10));
            await stream.FlushAsync();
            await rest;
            await stream.WriteAsync(bytes.AsMemory(10));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = System.Text.Encoding.UTF8.GetByteCount(body);
            return true;
        }
    }

    [Test]
    public async Task SslCheck_IsAnsweredWithEmpty200()
    {
        var answer = await _bot.Requests.PostAsync("/slack/commands", "token=x&ssl_check=1", "application/x-www-form-urlencoded");

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Is.Empty);
    }

    [Test]
    public async Task Health_AndReadiness_AreUp()
    {
        using var health = await _bot.Http.GetAsync("/healthz");
        using var ready = await _bot.Http.GetAsync("/readyz");

        Assert.That((int)health.StatusCode, Is.EqualTo(200));
        Assert.That((int)ready.StatusCode, Is.EqualTo(200), await ready.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Readiness_NamesTheDatabaseEngineAndTheSchedulersLease()
    {
        var postgres = Testing.TestDatabases.Engine == IncidentBot.Core.Storage.DatabaseEngine.Postgres;
        System.Text.Json.Nodes.JsonNode? report = null;

        // On PostgreSQL the lease is held from the scheduler's first check-in with the cluster.
        await Eventually.TrueAsync(async () =>
        {
            using var ready = await _bot.Http.GetAsync("/readyz");
            report = System.Text.Json.Nodes.JsonNode.Parse(await ready.Content.ReadAsStringAsync());
            return report?["scheduler"]?["holdsLease"]?.GetValue<bool>() == true;
        }, TimeSpan.FromSeconds(20), "the scheduler to hold its lease");

        Assert.That(report!["engine"]!.GetValue<string>(), Is.EqualTo(postgres ? "postgresql" : "sqlite"));
        Assert.That(report["scheduler"]!["clustered"]!.GetValue<bool>(), Is.EqualTo(postgres));
        Assert.That(report["scheduler"]!["instance"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(report["scheduler"]!["checkedInAt"]?.GetValue<DateTimeOffset>(), postgres ? Is.Not.Null : Is.Null);
    }

    private async Task AssertNothingDeclaredAsync()
    {
        var open = await _bot.Services.GetRequiredServiceOf<IncidentBot.Core.Storage.IncidentStore>().ListOpenAsync();
        Assert.That(open.Where(i => i.Title.Contains("Unsigned", StringComparison.Ordinal)), Is.Empty);
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Is.Empty);
    }
}
