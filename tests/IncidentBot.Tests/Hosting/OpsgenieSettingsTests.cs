using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Opsgenie settings that could not work stop the bot at start, one line each.</summary>
[TestFixture]
public sealed class OpsgenieSettingsTests
{
    [Test]
    public void Problems_GoodSettings_NoneAndSeveritiesBindFromOneValue()
    {
        var config = Config(("IncidentBot:Opsgenie:ApiKey", "a6c0d0b4-5f0e-4c4e-9a8b-1d2e3f4a5b6c"), ("IncidentBot:Opsgenie:Severities", "sev0, sev1"),
            ("IncidentBot:Opsgenie:BaseUrl", "http://127.0.0.1:9999"));

        Assert.That(SettingsCheck.Problems(config), Is.Empty);
        var options = OptionsBinder.Bind(config.GetSection(IncidentBotOptions.SectionName)).Opsgenie;
        Assert.That(options.Severities, Is.EqualTo(new[] { "sev0", "sev1" }));
        Assert.That((options.SendsAlerts, options.ReceivesWebhooks), Is.EqualTo((true, false)));
    }

    [Test]
    public void Defaults_SendNothing_AndUseTheVendorsAddress()
    {
        var options = OptionsBinder.Bind(Config().GetSection(IncidentBotOptions.SectionName)).Opsgenie;

        Assert.That((options.SendsAlerts, options.ReceivesWebhooks), Is.EqualTo((false, false)));
        Assert.That(options.BaseUrl, Is.EqualTo("https://api.opsgenie.com"));
    }

    [TestCase("IncidentBot:Opsgenie:BaseUrl", "http://api.opsgenie.com",
        "IncidentBot__Opsgenie__BaseUrl \"http://api.opsgenie.com\" is not an https:// address")]
    [TestCase("IncidentBot:Opsgenie:Severities", "sev9",
        "IncidentBot__Opsgenie__Severities \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3.")]
    [TestCase("IncidentBot:Opsgenie:Severities", "sev1",
        "IncidentBot__Opsgenie__Severities is set but IncidentBot__Opsgenie__ApiKey is not")]
    public void Problems_BadSetting_NamesIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

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
