using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>PagerDuty settings that could not work stop the bot at start, one line each.</summary>
[TestFixture]
public sealed class PagerDutySettingsTests
{
    [Test]
    public void Problems_GoodSettings_NoneAndSeveritiesBindFromOneValue()
    {
        var config = Config(("IncidentBot:PagerDuty:RoutingKey", "0123456789abcdef0123456789abcdef"), ("IncidentBot:PagerDuty:Severities", "sev1, sev2"),
            ("IncidentBot:PagerDuty:EventsUrl", "http://127.0.0.1:9999/v2/enqueue"));

        Assert.That(SettingsCheck.Problems(config), Is.Empty);
        var options = OptionsBinder.Bind(config.GetSection(IncidentBotOptions.SectionName)).PagerDuty;
        Assert.That(options.Severities, Is.EqualTo(new[] { "sev1", "sev2" }));
        Assert.That(options.SendsEvents, Is.True);
        Assert.That(options.ReceivesWebhooks, Is.False);
    }

    [Test]
    public void Defaults_SendNothing_AndUseTheVendorsAddress()
    {
        var options = OptionsBinder.Bind(Config().GetSection(IncidentBotOptions.SectionName)).PagerDuty;

        Assert.That(options.SendsEvents, Is.False);
        Assert.That(options.EventsUrl, Is.EqualTo("https://events.pagerduty.com/v2/enqueue"));
    }

    [TestCase("IncidentBot:PagerDuty:EventsUrl", "http://events.example.com/v2/enqueue",
        "IncidentBot__PagerDuty__EventsUrl \"http://events.example.com/v2/enqueue\" is not an https:// address")]
    [TestCase("IncidentBot:PagerDuty:Severities", "sev9",
        "IncidentBot__PagerDuty__Severities \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3.")]
    [TestCase("IncidentBot:PagerDuty:Severities", "sev1",
        "IncidentBot__PagerDuty__Severities is set but IncidentBot__PagerDuty__RoutingKey is not")]
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
