using IncidentBot.Core.Configuration;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

public sealed class OptionsBinderTests
{
    private static IncidentBotOptions Bind(params (string Key, string Value)[] settings) => OptionsBinder.Bind(
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("IncidentBot:" + s.Key, (string?)s.Value)))
            .Build()
            .GetSection(IncidentBotOptions.SectionName));

    [Test]
    public void Bind_OneSeverityValue_ChangesOnlyThatValue()
    {
        var options = Bind(("Severities:sev1:UpdateCadence", "00:00:03"));

        Assert.That(options.Severities["sev1"].UpdateCadence, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(options.Severities["sev1"].Label, Is.EqualTo("Major degradation"));
        Assert.That(options.Severities["sev1"].Aliases, Is.EqualTo(new[] { "p1", "sev-1" }));
        Assert.That(options.Severities["sev1"].RequiredRoles, Is.EqualTo(new[] { "ic", "lead" }));
        Assert.That(options.Severities["sev0"].UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(options.Severities, Has.Count.EqualTo(4));
    }

    [Test]
    public void Bind_LabelPerLanguage_KeepsThePlainLabelAndAddsTheTranslation()
    {
        var options = Bind(("Severities:sev1:Label:ru", "Серьёзно"), ("Roles:lead:Name:ru", "Техлид"), ("Roles:lead:Duty:en", "Fixes it."));

        Assert.That(options.Severities["sev1"].Label, Is.EqualTo("Major degradation"));
        Assert.That(options.Severities["sev1"].Labels["ru"], Is.EqualTo("Серьёзно"));
        Assert.That(options.Roles["lead"].Names["ru"], Is.EqualTo("Техлид"));
        Assert.That(options.Roles["lead"].Duty, Is.EqualTo("Fixes it."));
    }

    [Test]
    public void Bind_LabelInALanguageTheBotDoesNotSpeak_IsRefusedNamingTheKey() =>
        Assert.That(() => Bind(("Severities:sev1:Label:de", "Schwer")),
            Throws.InstanceOf<FormatException>().With.Message.Contains("IncidentBot__Severities__sev1__Label__de"));

    [Test]
    public void Bind_ListSetting_ReplacesTheDefaultList()
    {
        var options = Bind(("Severities:sev1:Aliases:0", "major"), ("Severities:sev2:RequiredRoles", "ic, comms"));

        Assert.That(options.Severities["sev1"].Aliases, Is.EqualTo(new[] { "major" }));
        Assert.That(options.Severities["sev2"].RequiredRoles, Is.EqualTo(new[] { "ic", "comms" }));
    }

    [Test]
    public void Bind_OptionalRolesOfThePractice_TurnedOnByOrderAlone_AreNamedInEachLanguage()
    {
        var options = Bind(("Roles:ops:Order", "4"), ("Roles:planning:Order", "5"), ("Roles:planning:Name:ru", "Штаб"));
        var roles = IncidentBot.Core.Incidents.RoleCatalog.From(options);

        Assert.That(roles.All.Select(r => r.Key), Is.EqualTo(new[] { "ic", "comms", "scribe", "lead", "ops", "planning" }));
        Assert.That(IncidentBot.Core.Texts.Words.English.RoleName(roles.Find("ops")!), Is.EqualTo("Operations"));
        Assert.That(IncidentBot.Core.Texts.Words.Russian.RoleName(roles.Find("ops")!), Is.EqualTo("Операции"));
        Assert.That(IncidentBot.Core.Texts.Words.Russian.RoleDuty(roles.Find("ops")!), Does.StartWith("Выполняет"));
        Assert.That(IncidentBot.Core.Texts.Words.English.RoleName(roles.Find("planning")!), Is.EqualTo("Planning"));
        Assert.That(IncidentBot.Core.Texts.Words.Russian.RoleName(roles.Find("planning")!), Is.EqualTo("Штаб"), "a team's own name wins");
        Assert.That(Bind().Roles.Keys, Does.Not.Contain("ops"), "off until turned on");
    }

    [Test]
    public void Bind_NewSeverityAndRole_AreAddedBesideTheDefaults()
    {
        var options = Bind(("Severities:sev4:Rank", "4"), ("Severities:sev4:Label", "Cosmetic"),
            ("Roles:support:Name", "Support Lead"), ("Roles:support:Duty", "Talks to customers."));

        Assert.That(options.Severities["sev4"].Label, Is.EqualTo("Cosmetic"));
        Assert.That(options.Severities, Has.Count.EqualTo(5));
        Assert.That(options.Roles["support"].Name, Is.EqualTo("Support Lead"));
        Assert.That(options.Roles["ic"].Name, Is.EqualTo("Incident Commander"));
    }

    [Test]
    public void Bind_ATeamsOwnLadder_ReplacesTheDefaultRungs()
    {
        var options = Bind(
            ("SeverityLadder", "p1,p2,p3,p4"),
            ("Severities:p1:Rank", "1"), ("Severities:p1:Label", "Outage"), ("Severities:p1:UpdateCadence", "00:15:00"),
            ("Severities:p2:Rank", "2"), ("Severities:p2:Label", "Degraded"),
            ("Severities:p3:Rank", "3"), ("Severities:p3:Label", "Minor"),
            ("Severities:p4:Rank", "4"), ("Severities:p4:Label", "Cosmetic"));

        Assert.That(options.Severities.Keys, Is.EquivalentTo(new[] { "p1", "p2", "p3", "p4" }));
        Assert.That(options.Severities["P1"].UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(15)));
    }

    [Test]
    public void Bind_AP4StyleRungSetToDaily_IsRemindedOnceADay()
    {
        var options = Bind(
            ("SeverityLadder", "p1,p4"),
            ("Severities:p1:Rank", "1"), ("Severities:p1:Label", "Outage"),
            ("Severities:p4:Rank", "4"), ("Severities:p4:Label", "Cosmetic"), ("Severities:p4:UpdateCadence", "1.00:00:00"));

        Assert.That(IncidentBot.Core.Incidents.SeverityLadder.From(options).Get("p4").UpdateCadence, Is.EqualTo(TimeSpan.FromDays(1)));
    }

    [Test]
    public void Bind_ALadderNamingAnUnknownRung_IsRefusedNamingTheSetting() =>
        Assert.That(() => Bind(("SeverityLadder", "sev1, p9")),
            Throws.InstanceOf<FormatException>().With.Message.Contains("IncidentBot__SeverityLadder names \"p9\", which is not a severity"));

    [Test]
    public void Bind_AdminsAsCommaSeparatedValue_GivesEachId() =>
        Assert.That(Bind(("Admins", "U1, U2")).Admins, Is.EqualTo(new[] { "U1", "U2" }));

    [Test]
    public void Bind_Nothing_KeepsTheDesignDefaults()
    {
        var options = Bind();

        Assert.That(options.TimeZone, Is.EqualTo("UTC"));
        Assert.That(options.RoleReminderDelay, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(options.PostmortemDueAfter, Is.EqualTo(new[] { TimeSpan.FromHours(24), TimeSpan.FromHours(48) }));
    }
}
