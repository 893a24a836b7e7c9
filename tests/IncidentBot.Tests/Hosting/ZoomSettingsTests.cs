using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Zoom settings that could not work stop the bot at start, one line each, never repeating the secret.</summary>
[TestFixture]
public sealed class ZoomSettingsTests
{
    [Test]
    public void Problems_GoodSettings_None_AndSeveritiesBindFromOneValue()
    {
        var config = Config(("IncidentBot:Zoom:AccountId", "a"), ("IncidentBot:Zoom:ClientId", "c"), ("IncidentBot:Zoom:ClientSecret", "s"),
            ("IncidentBot:Zoom:Severities", "sev0, sev1"), ("IncidentBot:Zoom:OAuthUrl", "http://127.0.0.1:9/oauth/token"));

        Assert.That(SettingsCheck.Problems(config), Is.Empty);
        var options = OptionsBinder.Bind(config.GetSection(IncidentBotOptions.SectionName)).Zoom;
        Assert.That((options.CreatesMeetings, options.Severities), Is.EqualTo((true, new[] { "sev0", "sev1" })));
        Assert.That(options.BaseUrl, Is.EqualTo("https://api.zoom.us/v2"));
    }

    [TestCase("IncidentBot:Zoom:BaseUrl", "http://api.example.com/v2", "IncidentBot__Zoom__BaseUrl \"http://api.example.com/v2\" is not an https:// address")]
    [TestCase("IncidentBot:Zoom:OAuthUrl", "ftp://zoom.us/oauth", "IncidentBot__Zoom__OAuthUrl \"ftp://zoom.us/oauth\" is not an https:// address")]
    [TestCase("IncidentBot:Zoom:ClientSecret", "very-secret", "IncidentBot__Zoom__AccountId, ClientId missing")]
    [TestCase("IncidentBot:Zoom:Severities", "sev9", "IncidentBot__Zoom__Severities \"sev9\" is not on the severity ladder")]
    public void Problems_BadSetting_NamesIt(string key, string value, string expected)
    {
        var problems = SettingsCheck.Problems(Config((key, value)));
        Assert.That(problems, Has.One.Contains(expected));
        Assert.That(string.Join("\n", problems), Does.Not.Contain("very-secret"));
    }

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
