using System.Net;
using IncidentBot.Monitoring;

namespace IncidentBot.Tests.Monitoring;

/// <summary>Slack's answers fold into a few fixed outcome words: whatever Slack says, no new label appears.</summary>
[TestFixture]
public sealed class SlackCallOutcomeTests
{
    [TestCase("ratelimited", "ratelimited")]
    [TestCase("invalid_auth", "auth_error")]
    [TestCase("token_revoked", "auth_error")]
    [TestCase("missing_scope", "auth_error")]
    [TestCase("internal_error", "slack_internal_error")]
    [TestCase("fatal_error", "slack_internal_error")]
    [TestCase("channel_not_found", "slack_error")]
    [TestCase("name_taken", "slack_error")]
    [TestCase("an error Slack has not invented yet", "slack_error")]
    public void ForError_SlacksErrorCode_IsItsClass(string error, string expected) =>
        Assert.That(SlackCallOutcome.ForError(error), Is.EqualTo(expected));

    [TestCase(HttpStatusCode.TooManyRequests, "ratelimited")]
    [TestCase(HttpStatusCode.InternalServerError, "http_5xx")]
    [TestCase(HttpStatusCode.BadGateway, "http_5xx")]
    [TestCase(HttpStatusCode.NotFound, "http_4xx")]
    [TestCase(HttpStatusCode.OK, "ok")]
    public void ForStatus_AnHttpStatus_IsItsClass(HttpStatusCode status, string expected) =>
        Assert.That(SlackCallOutcome.ForStatus(status), Is.EqualTo(expected));

    [Test]
    public void ForException_NoAnswerInTime_IsTimeoutUnlessTheBotGaveUp()
    {
        Assert.That(SlackCallOutcome.ForException(new TaskCanceledException(), callerGaveUp: false), Is.EqualTo("timeout"));
        Assert.That(SlackCallOutcome.ForException(new TaskCanceledException(), callerGaveUp: true), Is.EqualTo("cancelled"));
        Assert.That(SlackCallOutcome.ForException(new HttpRequestException("refused"), callerGaveUp: false), Is.EqualTo("request_failed"));
    }
}
