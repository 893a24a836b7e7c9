using IncidentBot.Slack;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace IncidentBot.Tests.Slack;

/// <summary>The readiness check of the bot's token: kept a minute when it passed, asked again, and failing when revoked.</summary>
public sealed class SlackIdentityTests
{
    [Test]
    public async Task Check_TokenRevokedAfterItPassed_FailsOnceTheMinuteIsUp()
    {
        var time = new FakeTimeProvider();
        var slack = new Mock<ISlackApi>();
        slack.SetupSequence(s => s.AuthTestAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthTestResult("U0BOT", "T1", "B1"))
            .ThrowsAsync(new SlackApiException("auth.test", "token_revoked"));
        using var identity = new SlackIdentity(slack.Object, time, NullLogger<SlackIdentity>.Instance);

        Assert.That(await identity.CheckAsync(default), Is.EqualTo((true, (string?)null)));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.That(await identity.CheckAsync(default), Is.EqualTo((true, (string?)null)));
        slack.Verify(s => s.AuthTestAsync(It.IsAny<CancellationToken>()), Times.Once);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await identity.CheckAsync(default), Is.EqualTo((false, "token_revoked")));
        Assert.That(await identity.BotUserIdAsync(default), Is.EqualTo("U0BOT"), "who the bot is does not change");
        slack.Verify(s => s.AuthTestAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task Check_AfterAFailure_AsksAgainFiveSecondsLater()
    {
        var time = new FakeTimeProvider();
        var slack = new Mock<ISlackApi>();
        slack.SetupSequence(s => s.AuthTestAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException("auth.test", "http_5xx"))
            .ReturnsAsync(new AuthTestResult("U0BOT", "T1", "B1"));
        using var identity = new SlackIdentity(slack.Object, time, NullLogger<SlackIdentity>.Instance);

        Assert.That(await identity.CheckAsync(default), Is.EqualTo((false, "http_5xx")));
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.That((await identity.CheckAsync(default)).Ok, Is.False);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.That(await identity.CheckAsync(default), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public async Task Check_SlackDownAfterItPassed_StaysReady()
    {
        var time = new FakeTimeProvider();
        var slack = new Mock<ISlackApi>();
        slack.SetupSequence(s => s.AuthTestAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthTestResult("U0BOT", "T1", "B1"))
            .ThrowsAsync(new SlackApiException("auth.test", "http_5xx"));
        using var identity = new SlackIdentity(slack.Object, time, NullLogger<SlackIdentity>.Instance);

        await identity.CheckAsync(default);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(await identity.CheckAsync(default), Is.EqualTo((true, (string?)null)));
        slack.Verify(s => s.AuthTestAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task BotUserId_AskedTwiceWhileTheFirstCheckIsUnderWay_BothGetTheAnswer()
    {
        var answer = new TaskCompletionSource<AuthTestResult>();
        var slack = new Mock<ISlackApi>();
        slack.Setup(s => s.AuthTestAsync(It.IsAny<CancellationToken>())).Returns(answer.Task);
        using var identity = new SlackIdentity(slack.Object, new FakeTimeProvider(), NullLogger<SlackIdentity>.Instance);

        var first = identity.BotUserIdAsync(default);
        var second = identity.BotUserIdAsync(default);
        answer.SetResult(new AuthTestResult("U0BOT", "T1", "B1"));

        Assert.That(await first, Is.EqualTo("U0BOT"));
        Assert.That(await second, Is.EqualTo("U0BOT"), "the second caller waited for the check under way");
        slack.Verify(s => s.AuthTestAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
