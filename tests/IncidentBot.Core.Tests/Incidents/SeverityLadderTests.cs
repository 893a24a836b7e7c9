using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class SeverityLadderTests
{
    [TestCase("sev1", "sev1")]
    [TestCase("SEV1", "sev1")]
    [TestCase("p0", "sev0")]
    [TestCase("Sev-2", "sev2")]
    [TestCase(" sev3 ", "sev3")]
    public void TryParse_KeyOrAliasAnyCase_FindsTheSeverity(string text, string key)
    {
        Assert.That(TestLadder.Severities.TryParse(text, out var severity), Is.True);
        Assert.That(severity.Key, Is.EqualTo(key));
    }

    [TestCase("sev9")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_Unknown_Fails(string? text) => Assert.That(TestLadder.Severities.TryParse(text, out _), Is.False);

    [Test]
    public void DescribeKeys_DefaultLadder_ListsWorstFirst() =>
        Assert.That(TestLadder.Severities.DescribeKeys(Words.English), Is.EqualTo("sev0, sev1, sev2 or sev3"));

    [Test]
    public void From_DefaultOptions_HasTheDesignCadences()
    {
        Assert.That(TestLadder.Severities.Get("sev0").UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(TestLadder.Severities.Get("sev1").RequiredRoles, Is.EqualTo(new[] { "ic", "lead" }));
        Assert.That(TestLadder.Severities.Get("sev3").UpdateCadence, Is.EqualTo(TimeSpan.FromHours(4)), "the lowest rung is updated slowly, not never");
        Assert.That(TestLadder.Severities.Default.Key, Is.EqualTo("sev2"));
    }

    [Test]
    public void From_CustomLadder_OrdersByRank()
    {
        var options = new IncidentBotOptions { DefaultSeverity = "P3" };
        options.Severities.Clear();
        options.Severities["P3"] = new SeverityOptions { Rank = 3, Label = "Low" };
        options.Severities["P1"] = new SeverityOptions { Rank = 1, Label = "High", Aliases = ["urgent"] };

        var ladder = SeverityLadder.From(options);

        Assert.That(ladder.All.Select(s => s.Key), Is.EqualTo(new[] { "p1", "p3" }));
        Assert.That(ladder.TryParse("URGENT", out var s) ? s.Key : null, Is.EqualTo("p1"));
        Assert.That(ladder.Default.Key, Is.EqualTo("p3"));
    }
}
