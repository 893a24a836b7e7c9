using IncidentBot.Core.Metrics;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

public sealed class StatsWindowTests
{
    [TestCase("", 30)]
    [TestCase("7d", 7)]
    [TestCase("90D", 90)]
    [TestCase("14", 14)]
    [TestCase("365d", 365)]
    public void TryParse_ValidWindow_ReturnsDays(string text, int days)
    {
        Assert.That(StatsWindow.TryParse(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(days));
    }

    [TestCase("0d")]
    [TestCase("366d")]
    [TestCase("-5d")]
    [TestCase("2w")]
    [TestCase("lots")]
    public void TryParse_BadWindow_IsRefused(string text) => Assert.That(StatsWindow.TryParse(text, out _), Is.False);
}
