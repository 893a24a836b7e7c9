using System.Net;
using System.Net.Http.Headers;
using IncidentBot.Integrations;
using IncidentBot.Work;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.Integrations;

/// <summary>How the queue takes a vendor's answer: done, wait the vendor's own time, back off, or a refusal.</summary>
public sealed class VendorAnswerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public void RetryAfterGiven_OnALimitOrAnOutage_WaitsExactlyThat(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));

        var wait = Assert.Throws<WorkDeferredException>(() => VendorAnswer.EnsureSuccess(response, "Jira", _time))!;

        Assert.That(wait.Delay, Is.EqualTo(TimeSpan.FromSeconds(42)), "a vendor announcing when it is back is not called before then");
    }

    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.BadGateway)]
    public void NoRetryAfter_IsRetriedWithTheQueuesBackoff(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        var failure = Assert.Throws<HttpRequestException>(() => VendorAnswer.EnsureSuccess(response, "Jira", _time))!;

        Assert.That(failure.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void OtherClientError_IsARefusalNotRetried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));

        Assert.Throws<VendorRefusedException>(() => VendorAnswer.EnsureSuccess(response, "Jira", _time));
    }
}
