using System.Net;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>
/// Channel creation under Slack's limit of about 20 a minute: a long limit is waited out in the work queue, not in
/// place, and no create goes out while another is meeting the limit.
/// </summary>
[TestFixture]
public sealed class SlackApiClientLimitTests
{
    private const string Created = """{"ok":true,"channel":{"id":"C1","name":"inc-1"}}""";
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
    public async Task CreateConversation_When429LongerThanASecond_FailsAtOnceCarryingTheRetryAfter()
    {
        _handler.ThenRateLimited(30);

        var failure = await Failure(CreateSut().CreateConversationAsync("inc-1", false));

        Assert.That((failure.Error, failure.RetryAfter), Is.EqualTo(("ratelimited", (TimeSpan?)TimeSpan.FromSeconds(30))));
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateConversation_When429OfASecond_WaitsItOutInPlace()
    {
        _handler.ThenRateLimited(1).ThenJson(Created);

        var call = CreateSut().CreateConversationAsync("inc-1", false);
        await _handler.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.That((await call.WaitAsync(TimeSpan.FromSeconds(5))).Id, Is.EqualTo("C1"));
    }

    [Test]
    public async Task CreateConversation_WhileAnotherMeetsTheLimit_IsNotSentAndCarriesTheRetryAfter()
    {
        using var answer = new ManualResetEventSlim();
        _handler.Then(_ =>
        {
            answer.Wait(TimeSpan.FromSeconds(10));
            var response = ScriptedHttpHandler.Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new(TimeSpan.FromSeconds(30));
            return response;
        });
        var sut = CreateSut();
        var first = Task.Run(() => sut.CreateConversationAsync("inc-1", false));
        await _handler.WaitForRequestsAsync(1);

        var second = Task.Run(() => sut.CreateConversationAsync("inc-2", false));
        await Task.Delay(200);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "the second create waits for the first's answer");
        answer.Set();

        Assert.That((await Failure(first)).Error, Is.EqualTo("ratelimited"));
        var held = await Failure(second);
        Assert.That(held.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "no create before the Retry-After");
    }

    private static async Task<SlackApiException> Failure(Task call)
    {
        try
        {
            await call.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (SlackApiException ex)
        {
            return ex;
        }

        Assert.Fail("the call did not fail as rate-limited");
        throw new InvalidOperationException();
    }

    private SlackApiClient CreateSut()
    {
        var options = new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = "xoxb-t" };
        return new SlackApiClient(
            new HttpClient(_handler, disposeHandler: false),
            Options.Create(options),
            new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, _time),
            _time,
            NullLogger<SlackApiClient>.Instance);
    }
}
