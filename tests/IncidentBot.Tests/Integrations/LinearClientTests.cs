using System.Net;
using System.Text;
using IncidentBot.Core.Configuration;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// How the Linear client reads a rate limit: Linear answers it with HTTP 400 and a GraphQL error marked RATELIMITED
/// (extensions.code) or, as Linear's own SDK reads it, ratelimited (extensions.type); either is retried as a 429, not
/// taken as a refusal.
/// </summary>
[TestFixture]
public sealed class LinearClientTests
{
    [TestCase("{\"code\":\"RATELIMITED\",\"statusCode\":429}")]
    [TestCase("{\"type\":\"ratelimited\"}")]
    public void ARateLimitAnsweredAs400_IsRetriedAsA429(string extensions)
    {
        var answer = $"{{\"errors\":[{{\"message\":\"Rate limit exceeded\",\"extensions\":{extensions}}}]}}";
        using var http = new HttpClient(new Answering(answer));
        var options = new IncidentBotOptions();
        options.Linear.ApiKey = FakeLinear.ApiKey;
        var client = new LinearClient(http, options, TimeProvider.System);

        var ex = Assert.ThrowsAsync<HttpRequestException>(() => client.IsDoneAsync("ENG-1", CancellationToken.None));
        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [TestCase("completed", true)]
    [TestCase("canceled", true)]
    [TestCase("duplicate", true)]
    [TestCase("started", false)]
    [TestCase("triage", false)]
    public async Task AnIssueInAStateOfType_IsDoneOnlyWhenLinearClosedIt(string type, bool done)
    {
        var answer = $"{{\"data\":{{\"issue\":{{\"id\":\"a\",\"state\":{{\"type\":\"{type}\"}}}}}}}}";
        using var http = new HttpClient(new Answering(answer, HttpStatusCode.OK));
        var options = new IncidentBotOptions();
        options.Linear.ApiKey = FakeLinear.ApiKey;

        Assert.That(await new LinearClient(http, options, TimeProvider.System).IsDoneAsync("ENG-1", CancellationToken.None), Is.EqualTo(done));
    }

    private sealed class Answering(string json, HttpStatusCode status = HttpStatusCode.BadRequest) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
