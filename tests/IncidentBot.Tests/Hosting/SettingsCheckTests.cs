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

    [TestCase("https://slack.com/api/")]
    [TestCase("http://127.0.0.1:5000/api/")]
    [TestCase("http://localhost:5000/api/")]
    [TestCase("http://[::1]:5000/api/")]
    public void Problems_ApiUrlHttpsOrLoopback_None(string url) =>
        Assert.That(SettingsCheck.Problems(Config(("SLACK_API_URL", url))), Is.Empty);

    [Test]
    public void Problems_WrongToken_DoesNotRepeatTheToken() =>
        Assert.That(SettingsCheck.Problems(Config(("SLACK_BOT_TOKEN", "xoxp-SECRETUSERTOKEN"), ("SLACK_APP_TOKEN", "SECRETAPPTOKEN"))),
            Has.Count.EqualTo(2).And.All.Not.Contains("SECRET"));

    [TestCase("SLACK_BOT_TOKEN", null, "SLACK_BOT_TOKEN is not set")]
    [TestCase("SLACK_SIGNING_SECRET", "", "SLACK_SIGNING_SECRET is not set")]
    [TestCase("SLACK_BOT_TOKEN", "xoxp-1-2-abc", "SLACK_BOT_TOKEN is not a bot token: set it to the app's bot token, which starts with xoxb-")]
    [TestCase("SLACK_BOT_TOKEN", "xapp-1-A-b", "SLACK_BOT_TOKEN is not a bot token")]
    [TestCase("SLACK_BOT_TOKEN", " xoxb-1-2-abc", "SLACK_BOT_TOKEN is not a bot token")]
    [TestCase("SLACK_APP_TOKEN", "xoxb-1-2-abc", "SLACK_APP_TOKEN is not an app-level token: set it to the app's app-level token, which starts with xapp-")]
    [TestCase("SLACK_API_URL", "slack.com/api", "SLACK_API_URL \"slack.com/api\" is not an https URL")]
    [TestCase("SLACK_API_URL", "localhost:8080/api", "SLACK_API_URL \"localhost:8080/api\" is not an https URL")]
    [TestCase("SLACK_API_URL", "http://slack.com/api/", "SLACK_API_URL \"http://slack.com/api/\" is not an https URL such as https://slack.com/api/ (plain http only to a loopback address")]
    [TestCase("SLACK_API_URL", "http://10.0.0.5:8080/api/", "SLACK_API_URL \"http://10.0.0.5:8080/api/\" is not an https URL")]
    [TestCase("SLACK_API_URL", "http://localhost.example.com/api/", "SLACK_API_URL \"http://localhost.example.com/api/\" is not an https URL")]
    [TestCase("SLACK_API_URL", "ftp://127.0.0.1/api/", "SLACK_API_URL \"ftp://127.0.0.1/api/\" is not an https URL")]
    [TestCase("IncidentBot:TimeZone", "Europe/Moscw", "IncidentBot__TimeZone \"Europe/Moscw\" is not a time zone")]
    [TestCase("IncidentBot:Language", "de", "IncidentBot__Language \"de\" is not a language the bot speaks: use en or ru.")]
    [TestCase("IncidentBot:Language", "russian", "IncidentBot__Language \"russian\" is not a language the bot speaks")]
    [TestCase("IncidentBot:DefaultSeverity", "sev9", "IncidentBot__DefaultSeverity \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3")]
    [TestCase("IncidentBot:ActionDigestTime", "9am", "IncidentBot__ActionDigestTime \"9am\" is not a time of day")]
    [TestCase("IncidentBot:LogFormat", "yaml", "IncidentBot__LogFormat \"yaml\" is not a log format: use text or json")]
    [TestCase("IncidentBot:MetricsToken", "short", "IncidentBot__MetricsToken is shorter than 16 characters")]
    [TestCase("IncidentBot:MetricsToken", "a long token with spaces", "IncidentBot__MetricsToken contains whitespace")]
    [TestCase("IncidentBot:PostmortemDueAfter", "24h", "IncidentBot__PostmortemDueAfter \"24h\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:Severities:sev1:UpdateCadence", "soon", "IncidentBot:Severities:sev1:UpdateCadence")]
    [TestCase("IncidentBot:TriageAckWithin", "00:00:00", "IncidentBot__TriageAckWithin \"00:00:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:InitialAssessmentWithin", "00:00:00", "IncidentBot__InitialAssessmentWithin \"00:00:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:InitialAssessmentWithin", "soon", "IncidentBot:InitialAssessmentWithin")]
    [TestCase("IncidentBot:SeverityLadder", "p1,p2", "IncidentBot__SeverityLadder names \"p1\", \"p2\", which are not a severity")]
    [TestCase("IncidentBot:ArchiveAfter", "-1.00:00:00", "IncidentBot__ArchiveAfter \"-1.00:00:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:ArchiveAfter", "a week", "IncidentBot:ArchiveAfter")]
    [TestCase("IncidentBot:Types:security:BreachContact", "@legal", "IncidentBot__Types__security__BreachContact \"@legal\" is not a Slack user ID")]
    [TestCase("IncidentBot:Types:security:BreachContact", "CLEGAL", "IncidentBot__Types__security__BreachContact \"CLEGAL\" is not a Slack user ID")]
    [TestCase("IncidentBot:Hooks:alertmanager:Secret", "s3cr3t", "IncidentBot__Hooks__alertmanager__Secret is set, but only Grafana signs")]
    [TestCase("IncidentBot:Hooks:grafana:SignatureHeader", " ", "IncidentBot__Hooks__grafana__SignatureHeader is blank")]
    [TestCase("IncidentBot:Hooks:alertmanager:SeverityMap:critical", "urgent",
        "IncidentBot__Hooks__alertmanager__SeverityMap__critical \"urgent\" is not on the severity ladder: use sev0, sev1, sev2 or sev3.")]
    [TestCase("IncidentBot:Hooks:grafana:AutoDeclare", "sev1, sev9",
        "IncidentBot__Hooks__grafana__AutoDeclare \"sev9\" is not on the severity ladder: use sev0, sev1, sev2 or sev3.")]
    public void Problems_ABadValue_IsNamedWithWhatItTakes(string key, string? value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

    [Test]
    public void Problems_MetricsTokenTooShort_DoesNotRepeatTheToken() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:MetricsToken", "SECRETTOKEN"))), Has.One.Not.Contains("SECRET"));

    [Test]
    public void Problems_ArchiveAfterAWeek_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:ArchiveAfter", "7.00:00:00"))), Is.Empty);

    [Test]
    public void Problems_WebViewSetInPart_NamesAllThreeWithoutTheSecret() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Web:ClientId", "1.2"), ("IncidentBot:Web:ClientSecret", "SECRETCLIENT"))),
            Has.One.Contains("IncidentBot__Web__ClientId, __ClientSecret and __PublicUrl").And.All.Not.Contains("SECRET"));

    [Test]
    public void Problems_WebViewPublicUrlNotAnAddress_Named() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Web:ClientId", "1.2"), ("IncidentBot:Web:ClientSecret", "s"), ("IncidentBot:Web:PublicUrl", "incidents.example.com"))),
            Has.One.Contains("PublicUrl \"incidents.example.com\" is not an http(s) address"));

    [Test]
    public void Problems_WebViewComplete_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Web:ClientId", "1.2"), ("IncidentBot:Web:ClientSecret", "s"), ("IncidentBot:Web:PublicUrl", "https://incidents.example.com"))),
            Is.Empty);

    [Test]
    public void Problems_LongMetricsToken_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:MetricsToken", "3f9c2a7d41e8b6059c1d7e2a4b8f6031"))), Is.Empty);

    [Test]
    public void Problems_HookMappingOnTheLadder_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Hooks:alertmanager:SeverityMap:critical", "SEV1"),
            ("IncidentBot:Hooks:alertmanager:SeverityMap:warning", "sev3"), ("IncidentBot:Hooks:alertmanager:AutoDeclare", "sev0, sev1"))), Is.Empty);

    [Test]
    public void Problems_GrafanaSigningSecret_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Hooks:grafana:Secret", "s3cr3t"))), Is.Empty);

    [Test]
    public void Problems_BreachContactAUserId_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Types:security:BreachContact", "U0123ABCD"))), Is.Empty);

    [TestCase("ru")]
    [TestCase("RU")]
    [TestCase("en")]
    public void Problems_SpokenLanguage_None(string language) =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Language", language))), Is.Empty);

    [TestCase("postgres://bot:pw@db.internal:5432/incidents?sslmode=require")]
    [TestCase("Host=db.internal;Database=incidents;Username=bot;Password=pw")]
    [TestCase("incidentbot.db")]
    [TestCase("Data Source=/var/lib/incidentbot/incidentbot.db")]
    public void Problems_DatabaseSqliteOrPostgres_None(string database) =>
        Assert.That(SettingsCheck.Problems(Config(("INCIDENTBOT_DATABASE", database))), Is.Empty);

    [TestCase("postgres://bot:s3cretpw@/incidents")]
    [TestCase("postgres://bot:s3cretpw@db:notaport/incidents")]
    [TestCase("Host=db;Database=incidents;Password=s3cretpw;Frobnicate=yes")]
    public void Problems_DatabaseUnreadablePostgresSetting_NamedWithoutThePassword(string database)
    {
        var problems = SettingsCheck.Problems(Config(("INCIDENTBOT_DATABASE", database)));

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("INCIDENTBOT_DATABASE ").And.Contain("postgres://user:password@host:5432/database")
            .And.Not.Contain("s3cretpw"));
    }

    [Test]
    public async Task Process_WithBadSettings_ExitsNamingEachWithoutAStackTrace()
    {
        var database = Path.Combine(Path.GetTempPath(), $"incidentbot-settings-{Guid.NewGuid():N}.db");
        await using var bot = BotProcess.Start(new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = "xoxp-1-2-SECRETUSERTOKEN",
            ["INCIDENTBOT_DATABASE"] = database,
            ["IncidentBot:TimeZone"] = "Mars/Base",
            ["IncidentBot:DefaultSeverity"] = "sev9",
        });

        var code = await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(bot.Logs, Does.Contain("IncidentBot cannot start: 4 setting(s) to fix")
            .And.Contain("SLACK_BOT_TOKEN is not a bot token")
            .And.Contain("SLACK_SIGNING_SECRET is not set")
            .And.Contain("IncidentBot__TimeZone \"Mars/Base\"")
            .And.Contain("IncidentBot__DefaultSeverity \"sev9\""));
        Assert.That(bot.Logs, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception").And.Not.Contain("SECRETUSERTOKEN"));
        Assert.That(File.Exists(database), Is.False, "nothing was started");
    }

    [TestCase("IncidentBot:StatusPage:Links:Support", "javascript:alert(1)", "IncidentBot__StatusPage__Links__Support \"javascript:alert(1)\" is not an http(s) address")]
    [TestCase("IncidentBot:StatusPage:LogoUrl", "logo.png", "IncidentBot__StatusPage__LogoUrl \"logo.png\" is not an http(s) address")]
    [TestCase("IncidentBot:StatusPage:TimeZone", "Mars/Olympus", "IncidentBot__StatusPage__TimeZone \"Mars/Olympus\" is not a time zone")]
    [TestCase("IncidentBot:StatusPage:FirstMessageWithin", "-00:05:00", "IncidentBot__StatusPage__FirstMessageWithin \"-00:05:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:StatusPage:FirstMessageSeverities", "sev1,sev9", "IncidentBot__StatusPage__FirstMessageSeverities \"sev9\" is not on the severity ladder")]
    public void Problems_StatusPageSetting_OneLineNamingIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.Exactly(1).StartsWith(expected).Or.Exactly(1).Contains(expected));
    [TestCase("IncidentBot:Rotations:platform:Length", "a week", "IncidentBot:Rotations:platform:Length")]
    [TestCase("IncidentBot:Rotations:platform:Members", "U1,alice", "IncidentBot__Rotations__platform__Members has \"alice\", which is not a Slack user ID")]
    [TestCase("IncidentBot:Rotations:platform:Handoff", "Mondays at nine", "IncidentBot__Rotations__platform__Handoff \"Mondays at nine\" is not a handoff")]
    [TestCase("IncidentBot:Rotations:platform:TimeZone", "Europe/Berln", "IncidentBot__Rotations__platform__TimeZone \"Europe/Berln\" is not a time zone")]
    [TestCase("IncidentBot:Severities:sev1:Rotation", "platfrom", "IncidentBot__Severities__sev1__Rotation \"platfrom\" is not a rotation: use platform.")]
    [TestCase("IncidentBot:Severities:sev1:AckWindow", "-00:01:00", "IncidentBot__Severities__sev1__AckWindow \"-00:01:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:Severities:sev1:AckWindow", "soon", "IncidentBot:Severities:sev1:AckWindow")]
    [TestCase("IncidentBot:Types:security:Rotation", "sec", "IncidentBot__Types__security__Rotation \"sec\" is not a rotation")]
    public void Problems_BadOncallSetting_OneLineNamingIt(string key, string value, string expected)
    {
        var problems = SettingsCheck.Problems(Config(("IncidentBot:Rotations:platform:Members", "U1,U2"), (key, value)));

        Assert.That(problems, Has.Count.EqualTo(1).And.One.Contains(expected));
    }

    [TestCase("IncidentBot:Severities:sev1:Rotation", "pagerduty",
        "IncidentBot__Severities__sev1__Rotation \"pagerduty\" pages the PagerDuty schedule: set IncidentBot__PagerDuty__ApiToken and IncidentBot__PagerDuty__ScheduleId too.")]
    [TestCase("IncidentBot:Rotations:pagerduty:Members", "U1", "IncidentBot__Rotations__pagerduty uses the reserved name pagerduty")]
    [TestCase("IncidentBot:PagerDuty:ApiToken", "token", "IncidentBot__PagerDuty__ApiToken is set but IncidentBot__PagerDuty__ScheduleId is not")]
    [TestCase("IncidentBot:PagerDuty:ScheduleId", "PI7DH85", "IncidentBot__PagerDuty__ScheduleId is set but IncidentBot__PagerDuty__ApiToken is not")]
    [TestCase("IncidentBot:PagerDuty:BaseUrl", "http://api.pagerduty.com", "IncidentBot__PagerDuty__BaseUrl \"http://api.pagerduty.com\" is not an https:// address")]
    public void Problems_BadPagerDutyScheduleSetting_OneLineNamingIt(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.Count.EqualTo(1).And.One.Contains(expected));

    [Test]
    public void Problems_PagerDutyRotationWithItsSchedule_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:PagerDuty:ApiToken", "token"), ("IncidentBot:PagerDuty:ScheduleId", "PI7DH85"),
            ("IncidentBot:PagerDuty:BaseUrl", "http://127.0.0.1:8080"), ("IncidentBot:Severities:sev1:Rotation", "pagerduty"))), Is.Empty);

    [Test]
    public void Problems_GoodOncallSettings_None() =>
        Assert.That(SettingsCheck.Problems(Config(("IncidentBot:Rotations:platform:Members", "U1,U2"),
            ("IncidentBot:Rotations:platform:Handoff", "Monday 09:00"), ("IncidentBot:Rotations:platform:TimeZone", "Europe/Berlin"),
            ("IncidentBot:Rotations:platform:Length", "14.00:00:00"), ("IncidentBot:Severities:sev1:Rotation", "platform"),
            ("IncidentBot:Severities:sev1:AckWindow", "00:02:00"))), Is.Empty);

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
