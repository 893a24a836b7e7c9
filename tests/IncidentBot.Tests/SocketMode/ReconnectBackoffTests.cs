using IncidentBot.Slack.SocketMode;

namespace IncidentBot.Tests.SocketMode;

[TestFixture]
public sealed class ReconnectBackoffTests
{
    private static ReconnectBackoff CreateSut() => new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    [TestCase(0, 500)]
    [TestCase(1, 1000)]
    [TestCase(3, 4000)]
    [TestCase(6, 30000)]
    [TestCase(40, 30000)]
    public void Delay_GrowsExponentiallyUpToTheCap(int attempt, int ceilingMs)
    {
        var sut = CreateSut();

        Assert.That(sut.Delay(attempt, 0.999999).TotalMilliseconds, Is.EqualTo(ceilingMs).Within(1));
        Assert.That(sut.Delay(attempt, 0).TotalMilliseconds, Is.EqualTo(ceilingMs / 2.0).Within(1));
    }

    [Test]
    public void Delay_WithDifferentRandomness_SpreadsReconnects()
    {
        var sut = CreateSut();

        Assert.That(sut.Delay(2, 0.1), Is.LessThan(sut.Delay(2, 0.9)));
    }
}
