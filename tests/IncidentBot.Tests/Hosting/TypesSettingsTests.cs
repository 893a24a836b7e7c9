using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Incident types and the video bridge that cannot work stop the bot at start, each named with what it takes.</summary>
[TestFixture]
public sealed class TypesSettingsTests
{
    [Test]
    public void Problems_GoodTypeAndBridge_None() => Assert.That(SettingsCheck.Problems(Config(
        ("IncidentBot:VideoBridgeUrl", "https://meet.example/war-room"),
        ("IncidentBot:Types:Database-Outage:Roles", "ic,lead"),
        ("IncidentBot:Types:Database-Outage:Runbooks", "Failover|https://wiki.example/f; https://grafana.example/d/db"))), Is.Empty);

    [TestCase("IncidentBot:VideoBridgeUrl", "meet.example/room", "IncidentBot__VideoBridgeUrl \"meet.example/room\" is not a link")]
    [TestCase("IncidentBot:Types:db outage:Label", "DB", "IncidentBot__Types__db outage is not a type key")]
    [TestCase("IncidentBot:Types:db:Roles", "ic,dba", "IncidentBot__Types__db__Roles names \"dba\", which is not a role: use ic, comms, scribe, lead.")]
    [TestCase("IncidentBot:Types:db:Runbooks", "Failover|wiki/failover", "IncidentBot__Types__db__Runbooks has \"Failover|wiki/failover\", which is not a link")]
    [TestCase("IncidentBot:Types:db:UpdateCadence", "-00:10:00", "IncidentBot__Types__db__UpdateCadence \"-00:10:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:Types:security:BreachReminders", "soon", "IncidentBot__Types__security__BreachReminders \"soon\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:Types:db:Private", "maybe", "IncidentBot:Types:db:Private")]
    public void Problems_BadTypeSetting_NamesIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.Some.Contains(expected));

    [Test]
    public void Problems_PlainChecklist_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Types:db:Checklist", "Replication lag under 1 s; Writes succeed"))), Is.Empty);

    [Test]
    public void Problems_PlainAndVerificationChecklist_OneLineNamingBoth() =>
        Assert.That(SettingsCheck.Problems(Config(
                ("IncidentBot:Types:db:Checklist", "Replication lag under 1 s"), ("IncidentBot:Types:db:Checklist:Verification", "Writes succeed"))),
            Is.EqualTo(new[]
            {
                "IncidentBot__Types__db__Checklist and IncidentBot__Types__db__Checklist__Verification are both set: " +
                "the plain key is the verification list, so set only one of them.",
            }));

    private static IConfiguration Config(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?> { ["SLACK_BOT_TOKEN"] = "xoxb-1-2-abc", ["SLACK_SIGNING_SECRET"] = "secret" };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
