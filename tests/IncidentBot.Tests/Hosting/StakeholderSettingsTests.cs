using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Stakeholder audiences and cadences that could not inform anyone stop the bot at start, one line each.</summary>
[TestFixture]
public sealed class StakeholderSettingsTests
{
    [Test]
    public void Problems_GoodAudience_NoneAndListsBindFromOneValue()
    {
        var config = Config(("IncidentBot:Stakeholders:execs:Channels", "C1, G2"), ("IncidentBot:Stakeholders:execs:UserGroups", "S1"),
            ("IncidentBot:Stakeholders:execs:Severities", "sev0,p1"), ("IncidentBot:Stakeholders:execs:Private", "true"));

        Assert.That(SettingsCheck.Problems(config), Is.Empty);
        var audience = OptionsBinder.Bind(config.GetSection(IncidentBotOptions.SectionName)).Stakeholders["execs"];
        Assert.That(audience.Channels, Is.EqualTo(new[] { "C1", "G2" }));
        Assert.That(audience.Severities, Is.EqualTo(new[] { "sev0", "p1" }));
        Assert.That(audience.Private, Is.True);
    }

    [TestCase("IncidentBot:Stakeholders:execs:Private", "true",
        "IncidentBot__Stakeholders__execs reaches nobody: set IncidentBot__Stakeholders__execs__Channels to channel IDs")]
    [TestCase("IncidentBot:Stakeholders:execs:Channels", "#leadership",
        "IncidentBot__Stakeholders__execs__Channels \"#leadership\" is not a channel ID: use one such as C0123ABCD")]
    [TestCase("IncidentBot:Stakeholders:execs:UserGroups", "@execs",
        "IncidentBot__Stakeholders__execs__UserGroups \"@execs\" is not a user group ID: use one such as S0123ABCD.")]
    [TestCase("IncidentBot:Severities:sev1:StakeholderCadence", "-01:00:00",
        "IncidentBot__Severities__sev1__StakeholderCadence \"-01:00:00\" is negative")]
    [TestCase("IncidentBot:Severities:sev1:StakeholderFirstWithin", "soon",
        "IncidentBot:Severities:sev1:StakeholderFirstWithin")]
    public void Problems_BadSetting_NamesIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

    [Test]
    public void Problems_SeverityNotOnTheLadder_NamesTheRungs() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Stakeholders:execs:Channels", "C1"), ("IncidentBot:Stakeholders:execs:Severities", "sev9"))),
            Has.One.EqualTo("IncidentBot__Stakeholders__execs__Severities \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3."));

    private static IConfiguration Config(params (string Key, string? Value)[] pairs)
    {
        var values = new Dictionary<string, string?> { ["SLACK_BOT_TOKEN"] = "xoxb-1-2-abc", ["SLACK_SIGNING_SECRET"] = "secret" };
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
