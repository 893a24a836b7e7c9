using System.Net;
using IncidentBot.Slack.Api;
using IncidentBot.Work;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

[TestFixture]
public sealed class SlackApiClientResilienceTests
{
    private const string AuthOk = """{"ok":true,"user_id":"U1","team_id":"T1"}""";
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
    public async Task Call_When429WithRetryAfter7_WaitsExactly7SecondsThenSucceeds()
    {
        _handler.ThenRateLimited(7).ThenJson(AuthOk);

        var call = CreateSut().AuthTestAsync();
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(6.9));
        await Task.Delay(100);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "retried before Retry-After elapsed");

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await _handler.WaitForRequestsAsync(2);
        var result = await call;

        Assert.That(result.UserId, Is.EqualTo("U1"));
    }

    [Test]
    public async Task Call_When429WithRetryAfterLongerThanBackoffCap_StillWaitsFullRetryAfter()
    {
        _handler.ThenRateLimited(30).ThenJson(AuthOk);

        var call = CreateSut().AuthTestAsync();
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(29.9));
        await Task.Delay(100);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "retried before Retry-After elapsed");

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await _handler.WaitForRequestsAsync(2);
        Assert.That((await call).TeamId, Is.EqualTo("T1"));
    }

    [Test]
    public async Task Call_When429WithoutRetryAfter_WaitsOneSecond()
    {
        _handler.ThenRateLimited(null).ThenJson(AuthOk);

        var call = CreateSut().AuthTestAsync();
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(0.9));
        await Task.Delay(100);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "retried before the default 1 s");

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await _handler.WaitForRequestsAsync(2);
        Assert.That((await call).UserId, Is.EqualTo("U1"));
    }

    [Test]
    public async Task Call_When5xxThenOk_RetriesOnceAndSucceeds()
    {
        _handler.ThenJson("upstream down", HttpStatusCode.ServiceUnavailable).ThenJson(AuthOk);

        var result = await DriveAsync(CreateSut().AuthTestAsync());

        Assert.Multiple(() =>
        {
            Assert.That(result.UserId, Is.EqualTo("U1"));
            Assert.That(_handler.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Call_When5xxPersists_ThrowsHttp5xxAfterMaxRetries()
    {
        _handler.Fallback = _ => ScriptedHttpHandler.Json("boom", HttpStatusCode.BadGateway);

        var ex = Assert.ThrowsAsync<SlackApiException>(
            () => DriveAsync(CreateSut(o => o.MaxRetryAttempts = 2).AuthTestAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo("http_5xx"));
            Assert.That(ex.Method, Is.EqualTo("auth.test"));
            Assert.That(_handler.Requests, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Call_WhenRateLimitedPersists_ThrowsRatelimited()
    {
        _handler.Fallback = _ => ScriptedHttpHandler.Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);

        var ex = Assert.ThrowsAsync<SlackApiException>(
            () => DriveAsync(CreateSut(o => o.MaxRetryAttempts = 1).AuthTestAsync()));

        Assert.That(ex!.Error, Is.EqualTo("ratelimited"));
    }

    [Test]
    public void Call_WhenRateLimitOutlastsMaxTotalWait_ThrowsRatelimitedAtTheCap()
    {
        _handler.Fallback = _ => ScriptedHttpHandler.Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);

        var ex = Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(
            CreateSut(o => (o.MaxRetryAttempts, o.MaxTotalWait) = (100, TimeSpan.FromSeconds(5))).AuthTestAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo("ratelimited"));
            Assert.That(_handler.Requests, Has.Count.InRange(5, 6), "one request per default 1 s Retry-After");
        });
    }

    [Test]
    public void Call_WhenEveryAttemptHangs_ThrowsTimeout()
    {
        var hanging = new HangingHandler();
        var sut = CreateSut(o => o.MaxRetryAttempts = 1, hanging);

        var ex = Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(sut.AuthTestAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo("timeout"));
            Assert.That(hanging.Calls, Is.EqualTo(2));
        });
    }

    [Test]
    public void Call_WhenSlackSaysOkFalseWith200_DoesNotRetry()
    {
        _handler.ThenJson("""{"ok":false,"error":"invalid_auth"}""");

        Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(CreateSut().AuthTestAsync()));

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Call_WhileItsMethodIsRateLimited_IsHeldBackWithoutReachingSlack()
    {
        _handler.ThenRateLimited(7).ThenJson(AuthOk).ThenJson(AuthOk);
        var pauses = new MethodPauses(_time);
        var sut = CreateSut(pauses: pauses);

        var first = sut.AuthTestAsync();
        await _handler.WaitForRequestsAsync(1);
        var held = Assert.ThrowsAsync<SlackApiException>(() => sut.AuthTestAsync());
        Assert.That(held!.Error, Is.EqualTo("ratelimited"), "a long pause fails the call at once, for the queue to try later");
        _time.Advance(TimeSpan.FromSeconds(6.5));
        var shortWait = sut.AuthTestAsync();
        await Task.Delay(100);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "no call of the method went out while Slack was limiting it");

        _time.Advance(TimeSpan.FromSeconds(0.5));
        await _handler.WaitForRequestsAsync(3);
        Assert.That((await first).UserId, Is.EqualTo("U1"));
        Assert.That((await shortWait).UserId, Is.EqualTo("U1"), "the last half second is waited out in place");
    }

    [Test]
    public async Task PostMessage_AfterAnotherChannelsRateLimit_IsNotHeldBack()
    {
        var pauses = new MethodPauses(_time);
        pauses.Pause("chat.postMessage", TimeSpan.FromSeconds(30));
        _handler.ThenJson("""{"ok":true,"channel":"C2","ts":"1.2"}""");

        var posted = await CreateSut(pauses: pauses).PostMessageAsync(new ChatMessage("C2", "hi"));

        Assert.That(posted.Ts, Is.EqualTo("1.2"), "Slack limits postMessage per channel, which the channel pacer keeps");
    }

    [Test]
    public void PostMessage_When5xx_IsNotRepeatedHereAndFailsForTheQueueToRetry()
    {
        _handler.ThenJson("upstream down", HttpStatusCode.ServiceUnavailable).ThenJson("""{"ok":true,"channel":"C1","ts":"1.2"}""");

        var ex = Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(CreateSut().PostMessageAsync(new ChatMessage("C1", "hi"))));

        Assert.That(ex!.Error, Is.EqualTo("http_5xx"));
        Assert.That(TransientFailure.Is(ex), Is.True);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "Slack may have posted it before failing the answer");
    }

    [Test]
    public void CreateConversation_WhenTheAnswerNeverComes_IsNotRepeatedHere()
    {
        var hanging = new HangingHandler();

        var ex = Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(CreateSut(handler: hanging).CreateConversationAsync("incident-x", false)));

        Assert.That(ex!.Error, Is.EqualTo("timeout"));
        Assert.That(TransientFailure.Is(ex), Is.True);
        Assert.That(hanging.Calls, Is.EqualTo(1), "a repeat would meet name_taken and make a second channel");
    }

    [Test]
    public void PostMessage_WhenTheConnectionDropsMidCall_FailsAsTransient()
    {
        _handler.Then(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset"));

        var ex = Assert.ThrowsAsync<SlackApiException>(() => DriveAsync(CreateSut().PostMessageAsync(new ChatMessage("C1", "hi"))));

        Assert.That(ex!.Error, Is.EqualTo("request_failed"));
        Assert.That(TransientFailure.Is(ex), Is.True);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PostMessage_WhenRateLimitedOrNeverConnected_IsRepeated()
    {
        _handler.ThenRateLimited(1)
            .Then(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused"))
            .ThenJson("""{"ok":true,"channel":"C1","ts":"1.2"}""");

        var posted = await DriveAsync(CreateSut().PostMessageAsync(new ChatMessage("C1", "hi")));

        Assert.That(posted.Ts, Is.EqualTo("1.2"));
        Assert.That(_handler.Requests, Has.Count.EqualTo(3), "neither a 429 nor a refused connection did anything");
    }

    [Test]
    public async Task Invite_When5xx_IsRepeatedAsDoingItTwiceChangesNothing()
    {
        _handler.ThenJson("upstream down", HttpStatusCode.BadGateway).ThenJson("""{"ok":true,"channel":{"id":"C1"}}""");

        await DriveAsync(Done(CreateSut().InviteAsync("C1", ["U2"])));

        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }

    private static async Task<bool> Done(Task call)
    {
        await call;
        return true;
    }

    /// <summary>Advances fake time in 1 s steps until the call completes (bounded).</summary>
    private async Task<T> DriveAsync<T>(Task<T> call)
    {
        for (var i = 0; i < 600 && !call.IsCompleted; i++)
        {
            await Task.Delay(5);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        return await call;
    }

    private SlackApiClient CreateSut(Action<SlackApiOptions>? configure = null, HttpMessageHandler? handler = null, MethodPauses? pauses = null)
    {
        var options = new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = "xoxb-t" };
        configure?.Invoke(options);
        return new SlackApiClient(
            new HttpClient(handler ?? _handler, disposeHandler: false),
            Options.Create(options),
            new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, _time),
            _time,
            NullLogger<SlackApiClient>.Instance,
            pauses);
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
