using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Role answers, the duty DM and the role reminder in Russian: the practice's role names, no English left.</summary>
public sealed class RoleWordsTests
{
    private static readonly IncidentBotOptions Options = new();
    private static readonly RoleCatalog Roles = RoleCatalog.From(Options);
    private static readonly RoleDefinition Lead = Roles.Find("lead")!;

    [Test]
    public void Assigned_Russian_NamesTheRoleAsThePracticeDoes()
    {
        var text = RoleMessages.Assigned(Words.Russian, new RoleAssignmentResult.Assigned(Incident(), Lead, null), "U3");

        Assert.That(text, Is.EqualTo(":white_check_mark: Роль «Технический лидер» теперь у <@U3>. Описание обязанностей отправлено в личные сообщения."));
    }

    [Test]
    public void Assigned_HandedOverInRussian_NamesBothPeople()
    {
        var text = RoleMessages.Assigned(Words.Russian, new RoleAssignmentResult.Assigned(Incident(), Roles.Find("scribe")!, "U2"), "U3");

        Assert.That(text, Does.Contain("Роль «Секретарь» передана от <@U2> к <@U3>"));
        Assert.That(UntranslatedWords.In(text), Is.Empty);
    }

    [Test]
    public void Duty_Russian_SaysTheRoleHowItCameAndTheDuty()
    {
        var (text, blocks) = RoleMessages.Duty(Words.Russian, Incident(), Lead, new RoleAssignedWork("lead", "U3", null, "U1", 7, false));

        var body = UntranslatedWords.Of(blocks);
        Assert.That(text, Is.EqualTo("Теперь вы — Технический лидер в INC-3: Не проходит оплата"));
        Assert.That(body, Does.Contain("Теперь вы — *Технический лидер* в *INC-3*, канал <#C1>: Не проходит оплата")
            .And.Contain("Роль вам назначил(а) <@U1>.")
            .And.Contain("*Ваши обязанности:* Руководит расследованием и исправлением."));
        Assert.That(UntranslatedWords.In(text + body), Is.Empty);
    }

    [Test]
    public void Duty_EnglishStaysAsItWas()
    {
        var (text, _) = RoleMessages.Duty(Words.English, Incident(), Lead, new RoleAssignedWork("lead", "U3", null, "U3", 7, false));

        Assert.That(text, Is.EqualTo("You are now Technical Lead for INC-3: Не проходит оплата"));
    }

    [Test]
    public void Refused_Russian_NamesWhoMayInTheNominative()
    {
        var text = RoleMessages.Refused(Words.Russian, Roles.Find("ic")!, new PermissionDecision(false, "U1", ["U9"]));

        Assert.That(text, Does.StartWith("Передать роль «Командир инцидента» может только командир инцидента (<@U1>) или администратор (<@U9>)."));
        Assert.That(UntranslatedWords.In(text), Is.Empty);
    }

    [Test]
    public void MissingArguments_Russian_ShowsTheRussianSyntaxAndTheRoles()
    {
        var text = RoleMessages.MissingArguments(Words.Russian, Roles);

        Assert.That(text, Does.StartWith("Как использовать: `/incident role &lt;роль&gt; @сотрудник`")
            .And.Contain("`lead` (Технический лидер)").And.Contain("`comms` (Ответственный за коммуникации)"));
        Assert.That(UntranslatedWords.In(text), Is.Empty);
    }

    [Test]
    public void CommanderIsLead_Russian_WarnsInTheWorkspaceWords()
    {
        var text = RoleMessages.CommanderIsLead(Words.Russian, "U1", Roles);

        Assert.That(text, Does.Contain("<@U1> сейчас одновременно *Командир инцидента* и *Технический лидер*"));
        Assert.That(UntranslatedWords.In(text), Is.Empty);
    }

    [TestCase(new[] { "lead" }, "всё ещё не назначена роль «Технический лидер».")]
    [TestCase(new[] { "lead", "scribe" }, "всё ещё не назначены роли «Технический лидер» и «Секретарь».")]
    [TestCase(new[] { "comms", "lead", "scribe" }, "не назначены роли «Ответственный за коммуникации», «Технический лидер» и «Секретарь».")]
    public void RoleReminder_Russian_AgreesWithHowManyRolesAreMissing(string[] missing, string expected)
    {
        var severity = SeverityLadder.From(Options).Get("sev1");

        var (text, _) = RoleReminderMessage.Build(Words.Russian, Incident(), severity, Roles, new RoleReminderPayload(2, missing));

        Assert.That(text, Does.Contain(expected).And.Contain("(Напоминание 2 из 3.)"));
        Assert.That(UntranslatedWords.In(text), Is.Empty);
    }

    [Test]
    public void RoleReminder_English_ListsTheNamesAsBefore()
    {
        var severity = SeverityLadder.From(Options).Get("sev1");

        var (text, _) = RoleReminderMessage.Build(Words.English, Incident(), severity, Roles, new RoleReminderPayload(1, ["lead", "scribe"]));

        Assert.That(text, Does.StartWith(":busts_in_silhouette: INC-3 (SEV1) still has no Technical Lead and Scribe. "));
    }

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Не проходит оплата", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), ChannelId = "C1",
    };
}
