using IncidentBot.Monitoring;
using Microsoft.Extensions.Primitives;

namespace IncidentBot.Tests.Monitoring;

/// <summary>With a token set, only <c>Authorization: Bearer &lt;token&gt;</c> reads the metrics; without one, anyone.</summary>
[TestFixture]
public sealed class MetricsAccessTests
{
    private const string Token = "3f9c2a7d41e8b6059c1d7e2a4b8f6031";

    [Test]
    public void Admits_NoTokenConfigured_Anyone() =>
        Assert.That(new MetricsAccess(null).Admits(StringValues.Empty), Is.True);

    [TestCase("Bearer " + Token)]
    [TestCase("bearer " + Token)]
    [TestCase("Bearer  " + Token + " ")]
    public void Admits_TheToken_Yes(string header) =>
        Assert.That(new MetricsAccess(Token).Admits(header), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase(Token)]
    [TestCase("Basic " + Token)]
    [TestCase("Bearer " + Token + "0")]
    [TestCase("Bearer 3f9c2a7d41e8b6059c1d7e2a4b8f603")]
    [TestCase("Bearer ")]
    public void Admits_AnythingElse_No(string? header) =>
        Assert.That(new MetricsAccess(Token).Admits(header), Is.False);

    [Test]
    public void Admits_TwoAuthorizationHeaders_No() =>
        Assert.That(new MetricsAccess(Token).Admits(new StringValues(["Bearer " + Token, "Bearer " + Token])), Is.False);
}
