using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Tests.Slack.Commands;

public sealed class SeverityWordTests
{
    private static readonly SeverityLadder Default = SeverityLadder.From(new IncidentBotOptions());

    [TestCase("sev9")]
    [TestCase("SEV-7")]
    [TestCase("p4")]
    [TestCase("sve1")]
    [TestCase("sev")]
    [TestCase("sev12")]
    [TestCase("sev_1")]
    [TestCase("sec1")]
    public void IsClearlySeverity_SeverityShapesAndTyposOnTheDefaultLadder_AreSeverities(string word) =>
        Assert.That(SeverityWord.IsClearlySeverity(word, Default), Is.True);

    [TestCase("S3")]
    [TestCase("EC2")]
    [TestCase("K8s")]
    [TestCase("Seven")]
    [TestCase("Checkout")]
    [TestCase("db1")]
    [TestCase("set")]
    [TestCase("dev1")]
    [TestCase("rev2")]
    public void IsClearlySeverity_ProductNamesAndWords_StartTheTitle(string word) =>
        Assert.That(SeverityWord.IsClearlySeverity(word, Default), Is.False);

    [Test]
    public void IsClearlySeverity_ALadderOfSRungs_TakesS3ForAnUnknownSeverity()
    {
        var options = new IncidentBotOptions
        {
            Severities = new(StringComparer.OrdinalIgnoreCase) { ["s1"] = new() { Rank = 1 }, ["s2"] = new() { Rank = 2 } },
            DefaultSeverity = "s2",
        };

        Assert.That(SeverityWord.IsClearlySeverity("S3", SeverityLadder.From(options)), Is.True);
    }
}
