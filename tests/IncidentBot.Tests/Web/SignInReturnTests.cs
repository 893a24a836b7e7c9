using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

/// <summary>Where signing in returns to: a page of the web view, and never anywhere else.</summary>
[TestFixture]
public sealed class SignInReturnTests
{
    [TestCase("/incidents")]
    [TestCase("/incidents?status=open&q=disk")]
    [TestCase("/incidents/42")]
    [TestCase("/incidents/42/postmortem.md?version=2")]
    [TestCase("/insights")]
    [TestCase("/insights?days=30")]
    public void SafeReturn_PageOfTheWebView_ReturnedTo(string path) => Assert.That(SignInEndpoints.SafeReturn(path), Is.EqualTo(path));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("//evil.example/incidents")]
    [TestCase("https://evil.example/incidents")]
    [TestCase("/\\evil.example")]
    [TestCase("/incidents/..//evil.example")]
    [TestCase("/incidents\\..\\evil")]
    [TestCase("/incidentsx")]
    [TestCase("/insightsful")]
    [TestCase("/healthz")]
    [TestCase("/metrics")]
    [TestCase("/incidents\r\nSet-Cookie: x=1")]
    [TestCase("incidents")]
    public void SafeReturn_AnythingElse_ReturnsToTheList(string? path) => Assert.That(SignInEndpoints.SafeReturn(path), Is.EqualTo("/incidents"));
}
