using System.Globalization;
using System.Text;
using IncidentBot.Hosting;
using IncidentBot.Slack.Http;
using IncidentBot.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A stranger's requests are refused before they cost anything: headers checked before the body is read, bodies read
/// only up to a cap, Kestrel's limits sized for Slack, over real sockets against the real host.
/// </summary>
[TestFixture]
public sealed class UnauthenticatedTrafficTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Command_Promising1GiBWithoutTimestamp_Is401BeforeTheBodyIsSent()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_bot.Http.BaseAddress!);
        await connection.SendHeadAsync("/slack/commands", new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded", ["Content-Length"] = (1L << 30).ToString(CultureInfo.InvariantCulture),
            ["X-Slack-Signature"] = "v0=" + new string('0', 64),
        });

        var answer = await connection.ReadAnswerAsync(Prompt);

        Assert.That(answer.Status, Is.EqualTo(401));
        Assert.That(answer.Headers["connection"], Is.EqualTo("close"), "a stranger's connection is not kept for more");
    }

    [TestCase(-301, TestName = "Command_Promising1MiBWithStaleTimestamp_Is401BeforeTheBodyIsSent")]
    [TestCase(0, TestName = "Command_Promising1MiBWithoutSignature_Is401BeforeTheBodyIsSent")]
    public async Task Command_Promising1MiBBadlySigned_Is401BeforeTheBodyIsSent(int timestampOffset)
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + timestampOffset;
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded", ["Content-Length"] = (1024 * 1024).ToString(CultureInfo.InvariantCulture),
            ["X-Slack-Request-Timestamp"] = ts.ToString(CultureInfo.InvariantCulture),
        };
        if (timestampOffset != 0)
        {
            headers["X-Slack-Signature"] = "v0=" + new string('0', 64);
        }

        await using var connection = await RawHttpConnection.OpenAsync(_bot.Http.BaseAddress!);
        await connection.SendHeadAsync("/slack/commands", headers);
        await connection.SendAsync(new byte[100]);

        var answer = await connection.ReadAnswerAsync(Prompt);

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [TestCase(true, 1, TestName = "Command_SignedBodyOverTheCap_Is413WithAReasonAndDeclaresNothing")]
    [TestCase(true, 8, TestName = "Command_SignedBodyFarOverTheCap_Is413ReadByTheClientStillSending")]
    [TestCase(false, 1, TestName = "Command_SignedChunkedBodyOverTheCap_Is413WithAReasonAndDeclaresNothing")]
    public async Task Command_SignedBodyOverTheCap_Is413(bool declared, int caps)
    {
        var body = Encoding.UTF8.GetBytes("team_id=T0001&channel_id=CGENERAL&user_id=U1&command=%2Fincident&text=declare+sev1+Oversized" +
            "&padding=" + new string('x', SlackRequestBody.MaxBytes * caps));
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = declared ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body)),
        };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(BotHarness.SigningSecret, ts, body));

        using var response = await SendTolerantAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("larger than 512 KiB"));
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Is.Empty);
    }

    [Test]
    public async Task Command_SignedAndSentSlowly_IsAnswered()
    {
        var body = Encoding.UTF8.GetBytes(SlackRequests.FormBody(new Dictionary<string, string>
        {
            ["team_id"] = "T0001", ["channel_id"] = "CGENERAL", ["user_id"] = "U1", ["command"] = "/incident", ["text"] = "help",
        }));
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await RawHttpConnection.OpenAsync(_bot.Http.BaseAddress!);
        await connection.SendHeadAsync("/slack/commands", new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded", ["Content-Length"] = body.Length.ToString(CultureInfo.InvariantCulture),
            ["X-Slack-Request-Timestamp"] = ts.ToString(CultureInfo.InvariantCulture),
            ["X-Slack-Signature"] = SlackSignatureVerifier.Sign(BotHarness.SigningSecret, ts, body),
        });

        // Four pieces over about 1.5 s: slower than Slack ever sends, within what the limits allow.
        var piece = (body.Length / 4) + 1;
        for (var at = 0; at < body.Length; at += piece)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await connection.SendAsync(body.AsMemory(at, Math.Min(piece, body.Length - at)));
        }

        var answer = await connection.ReadAnswerAsync(TimeSpan.FromSeconds(10));

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Does.Contain("/incident declare"));
    }

    [Test]
    public void Kestrel_RunsWithLimitsSizedForSlack()
    {
        var limits = _bot.Services.GetRequiredServiceOf<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Multiple(() =>
        {
            Assert.That(limits.MaxConcurrentConnections, Is.EqualTo(KestrelLimits.MaxConnections));
            Assert.That(limits.RequestHeadersTimeout, Is.EqualTo(KestrelLimits.RequestHeadersTimeout).And.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(limits.MinRequestBodyDataRate!.BytesPerSecond, Is.EqualTo(KestrelLimits.MinBodyRate.BytesPerSecond).And.GreaterThan(240));
            Assert.That(limits.MaxRequestBodySize, Is.EqualTo(SlackRequestBody.MaxBytes));
            Assert.That(limits.MaxRequestBufferSize, Is.EqualTo(KestrelLimits.MaxRequestBufferBytes));
        });
    }

    /// <summary>Sends on a client of its own, whose connection the bot may close after answering early.</summary>
    private async Task<HttpResponseMessage> SendTolerantAsync(HttpRequestMessage request)
    {
        using var http = new HttpClient { BaseAddress = _bot.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return await http.SendAsync(request);
    }

    /// <summary>A body whose length is not known up front, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
