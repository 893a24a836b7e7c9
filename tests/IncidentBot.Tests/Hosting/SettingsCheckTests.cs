using IncidentBot.Hosting;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>Settings the bot cannot run with stop it at start, each named with what it takes.</summary>
[TestFixture]
public sealed class SettingsCheckTests
{
    private static readonly Dictionary<string, string?> Good = new()
    {
        ["SLACK_BOT_TOKEN"] = "xoxb-1-2-abc",
        ["SLACK_SIGNING_SECRET"] = "secret",
    };

    [Test]
    public void Problems_GoodSettings_None() => Assert.That(SettingsCheck.Problems(Config()), Is.Empty);

    [Test]
    public void Problems_SocketModeWithoutSigningSecret_None() =>
        Assert.That(SettingsCheck.Problems(Config(("SLACK_SIGNING_SECRET", null), ("SLACK_APP_TOKEN", "xapp-1-A-b"))), Is.Empty);

    [TestCase("SLACK_BOT_TOKEN", null, "SLACK_BOT_TOKEN is not set")]
    [TestCase("SLACK_SIGNING_SECRET", "", "SLACK_SIGNING_SECRET is not set")]
    [TestCase("SLACK_API_URL", "slack.com/api", "SLACK_API_URL \"slack.com/api\" is not an http(s) URL")]
    [TestCase("SLACK_API_URL", "localhost:8080/api", "SLACK_API_URL \"localhost:8080/api\" is not an http(s) URL")]
    [TestCase("IncidentBot:TimeZone", "Europe/Moscw", "IncidentBot__TimeZone \"Europe/Moscw\" is not a time zone")]
    [TestCase("IncidentBot:DefaultSeverity", "sev9", "IncidentBot__DefaultSeverity \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3")]
    [TestCase("IncidentBot:ActionDigestTime", "9am", "IncidentBot__ActionDigestTime \"9am\" is not a time of day")]
    [TestCase("IncidentBot:LogFormat", "yaml", "IncidentBot__LogFormat \"yaml\" is not a log format: use text or json")]
    [TestCase("IncidentBot:PostmortemDueAfter", "24h", "IncidentBot__PostmortemDueAfter \"24h\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:Severities:sev1:UpdateCadence", "soon", "IncidentBot:Severities:sev1:UpdateCadence")]
    [TestCase("IncidentBot:SeverityLadder", "p1,p2", "IncidentBot__SeverityLadder names \"p1\", \"p2\", which are not a severity")]
    public void Problems_ABadValue_IsNamedWithWhatItTakes(string key, string? value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

    [Test]
    public async Task Process_WithBadSettings_ExitsNamingEachWithoutAStackTrace()
    {
        var database = Path.Combine(Path.GetTempPath(), $"incidentbot-settings-{Guid.NewGuid():N}.db");
        await using var bot = BotProcess.Start(new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = "xoxb-1-2-abc",
            ["INCIDENTBOT_DATABASE"] = database,
            ["IncidentBot:TimeZone"] = "Mars/Base",
            ["IncidentBot:DefaultSeverity"] = "sev9",
        });

        var code = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(bot.Logs, Does.Contain("IncidentBot cannot start: 3 setting(s) to fix")
            .And.Contain("SLACK_SIGNING_SECRET is not set")
            .And.Contain("IncidentBot__TimeZone \"Mars/Base\"")
            .And.Contain("IncidentBot__DefaultSeverity \"sev9\""));
        Assert.That(bot.Logs, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
        Assert.That(File.Exists(database), Is.False, "nothing was started");
    }

    private static IConfiguration Config(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>(Good);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
