using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Atlassian Statuspage settings that could not work stop the bot at start, one line each; good ones bind as written.</summary>
[TestFixture]
public sealed class StatuspageSyncSettingsTests
{
    [Test]
    public void Problems_GoodSettings_None_AndTheyBindIntoTheStatusPageSection()
    {
        var config = Config(("IncidentBot:Statuspage:ApiKey", "key"), ("IncidentBot:Statuspage:PageId", "gytm4qzbx9t6"),
            ("IncidentBot:Statuspage:BaseUrl", "http://127.0.0.1:9999/v1"), ("IncidentBot:StatusPage:Components:checkout:Name", "Checkout"),
            ("IncidentBot:Statuspage:ComponentMap:checkout", "8kbf7d35c070"));

        Assert.That(SettingsCheck.Problems(config), Is.Empty);
        var options = OptionsBinder.Bind(config.GetSection(IncidentBotOptions.SectionName)).StatusPage;
        Assert.That(options.PublishesToStatuspage, Is.True);
        Assert.That(options.ComponentMap["checkout"], Is.EqualTo("8kbf7d35c070"));
    }

    [Test]
    public void Defaults_PublishNothing_AndUseTheVendorsAddress()
    {
        var options = OptionsBinder.Bind(Config().GetSection(IncidentBotOptions.SectionName)).StatusPage;

        Assert.That(options.PublishesToStatuspage, Is.False);
        Assert.That(options.BaseUrl, Is.EqualTo("https://api.statuspage.io/v1"));
    }

    [TestCase("IncidentBot:Statuspage:BaseUrl", "http://api.example.com/v1",
        "IncidentBot__Statuspage__BaseUrl \"http://api.example.com/v1\" is not an https:// address")]
    [TestCase("IncidentBot:Statuspage:ApiKey", "key", "IncidentBot__Statuspage__ApiKey is set but IncidentBot__Statuspage__PageId is not")]
    [TestCase("IncidentBot:Statuspage:PageId", "page", "IncidentBot__Statuspage__PageId is set but IncidentBot__Statuspage__ApiKey is not")]
    [TestCase("IncidentBot:Statuspage:ComponentMap:checkout", "abc", "IncidentBot__Statuspage__ComponentMap is set but")]
    [TestCase("IncidentBot:Statuspage:ComponentMap:checkout", "abc", "IncidentBot__Statuspage__ComponentMap__checkout names no component")]
    public void Problems_BadSetting_NamesIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

    [Test]
    public void Problems_TheKey_IsNeverRepeated() =>
        Assert.That(string.Join("\n", SettingsCheck.Problems(Config(("IncidentBot:Statuspage:ApiKey", "very-secret-key")))), Does.Not.Contain("very-secret-key"));

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
