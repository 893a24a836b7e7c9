using IncidentBot.Hosting;
using IncidentBot.Jobs;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>The monthly report's schedule settings are checked at start, each problem naming its setting.</summary>
[TestFixture]
public sealed class ReportSettingsTests
{
    [TestCase("Day", "29", "IncidentBot__Reports__Day \"29\" is not a day every month has")]
    [TestCase("Day", "first", "IncidentBot__Reports__Day \"first\"")]
    [TestCase("Time", "9am", "IncidentBot__Reports__Time \"9am\" is not a time of day")]
    [TestCase("Zone", "Mars/Olympus", "IncidentBot__Reports__Zone \"Mars/Olympus\" is not a time zone")]
    public void Problems_BadSetting_Named(string key, string value, string problem) =>
        Assert.That(ReportSettings.Problems(Config(($"IncidentBot:Reports:{key}", value))), Has.One.StartsWith(problem));

    [Test]
    public void From_Unset_FirstOfTheMonthAtNineInTheBotsZone()
    {
        var config = Config();

        Assert.Multiple(() =>
        {
            Assert.That(ReportSettings.From(config), Is.EqualTo(new ReportSettings(1, new TimeOnly(9, 0), null)));
            Assert.That(ReportSettings.Problems(config), Is.Empty);
        });
    }

    [Test]
    public void SettingsCheck_BadReportDay_StopsTheStart() =>
        Assert.That(SettingsCheck.Problems(Config(("SLACK_BOT_TOKEN", "xoxb-1"), ("IncidentBot:Reports:Day", "0"))), Has.Some.Contains("IncidentBot__Reports__Day"));

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
