using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Reminders, escalations, the soak prompt, severity changes and resolution messages in a Russian workspace.</summary>
public sealed class CadenceMessagesInRussianTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Severity Sev1 = SeverityLadder.From(Options()).Get("sev1");

    [Test]
    public void Reminder_Russian_NamesTheCadenceAndTheLastUpdate()
    {
        var incident = Incident() with { UpdateCount = 1, LastUpdateAt = Declared };

        var message = ReminderMessage.Build(Words.Russian, incident, Sev1, Reminder(1, fired: Declared.AddMinutes(31)));

        Assert.That(message.Text, Is.EqualTo("<@U1> Пора опубликовать обновление по INC-3 (SEV1, раз в 30 мин); последнее обновление — 31 мин назад."));
        Assert.That(ShownText.Buttons(message.Blocks), Is.EqualTo(new[] { "Опубликовать обновление", "Отложить на 30 мин" }));
    }

    [Test]
    public void Reminder_RussianNobodyToMention_SaysAnyoneMayPost()
    {
        var incident = Incident() with { Roles = new Dictionary<string, string>() };

        var text = ReminderMessage.Build(Words.Russian, incident, Sev1, Reminder(1, fired: Declared.AddHours(2).AddMinutes(15))).Text;

        Assert.That(text, Does.StartWith("Ни ответственного за коммуникации, ни командира нет").And.EndWith("обновлений ещё не было, инцидент объявлен 2 ч 15 мин назад."));
    }

    [TestCase(1, "пропущено 1 обновление")]
    [TestCase(2, "пропущено 2 обновления")]
    [TestCase(5, "пропущено 5 обновлений")]
    [TestCase(21, "пропущено 21 обновление")]
    public void Escalation_Russian_CountsTheMissedUpdates(int missed, string expected)
    {
        var reminder = Reminder(missed, fired: Declared.AddHours(2));

        var escalation = ReminderMessage.Escalation(Words.Russian, Incident(), Sev1, reminder).Text;
        var direct = ReminderMessage.DirectMessage(Words.Russian, Incident(), Sev1, reminder);
        var elsewhere = ReminderMessage.EscalationElsewhere(Words.Russian, Incident() with { IsPrivate = true }, Sev1, reminder).Text;

        Assert.That(escalation, Is.EqualTo($":rotating_light: Эскалация INC-3 (SEV1) на <!subteam^S0ONCALL>: {expected} в <#C1>; командир — <@U1>. Оплата не проходит"));
        Assert.That(direct.Text, Does.Contain($"По INC-3 (SEV1) {expected}. Вы — командир этого инцидента").And.Contain("в <#C1>"));
        Assert.That(elsewhere, Does.Contain(expected).And.Contain("закрытый инцидент").And.Not.Contain("Оплата"));
        Assert.That(ShownText.Latin([escalation, direct.Text, elsewhere, .. ShownText.Buttons(direct.Blocks)]), Is.Empty);
    }

    [Test]
    public void Escalation_English_CountsAsBefore() =>
        Assert.That(ReminderMessage.Escalation(Words.English, Incident(), Sev1, Reminder(2, Declared.AddHours(1))).Text,
            Does.Contain("Escalating INC-3 (SEV1) to <!subteam^S0ONCALL>: 2 updates missed in <#C1>; IC is <@U1>."));

    [Test]
    public void SoakAndSeverity_Russian_AreRussian()
    {
        var soak = SoakMessage.Build(Words.Russian, Incident(), new SoakPayload(Declared, Declared.AddMinutes(15)));
        var severity = SeverityMessage.Build(Words.Russian, Incident(), Sev1, new SeverityChangePayload("SEV2", "SEV1", "Растут ошибки", "U2")).Text;

        Assert.That(soak.Text, Is.EqualTo(":white_check_mark: INC-3 стабилен под наблюдением уже 15 мин — закрыть как решённый?"));
        Assert.That(ShownText.Buttons(soak.Blocks), Is.EqualTo(new[] { "Закрыть инцидент", "Опубликовать обновление" }));
        Assert.That(severity, Is.EqualTo(":arrows_counterclockwise: INC-3: уровень SEV2 → SEV1 по решению <@U2>: Растут ошибки. Теперь обновления раз в 30 мин."));
    }

    [Test]
    public void Resolved_Russian_SaysHowLongAndWhatComesNext()
    {
        var resolution = new Resolution(1, 1, "Откатили конфигурацию", "Неудачная выкладка", true, true, "U1", Declared.AddMinutes(72));

        var message = ResolutionMessages.Resolved(Words.Russian, Incident(), resolution);

        var shown = string.Join("\n", ShownText.Of(message));
        Assert.That(message.Text, Is.EqualTo("INC-3 решён за 1 ч 12 мин"));
        Assert.That(shown, Does.Contain("*Решение*\nОткатили конфигурацию").And.Contain("*Первопричина*\nНеудачная выкладка")
            .And.Contain("Черновик пост-мортема собирается и появится здесь. Если проблема вернётся — `/incident reopen`."));
        Assert.That(ShownText.Latin(ShownText.Of(message)), Is.Empty, shown);
    }

    [Test]
    public void ReopenedAndLinkedResolved_Russian_AreRussian()
    {
        var other = Incident() with { Id = 2, Number = 2, Title = "Корзина недоступна", Status = IncidentStatus.Resolved };

        var reopened = ResolutionMessages.Reopened(Words.Russian, Incident());
        var linked = ResolutionMessages.LinkedResolved(Words.Russian, Incident(), other, null);

        Assert.That(reopened.Text, Is.EqualTo("INC-3 переоткрыт: снова расследование"));
        Assert.That(linked.Text, Is.EqualTo("INC-2 (Корзина недоступна), связанный с INC-3, решён"));
        Assert.That(ShownText.Buttons(linked.Blocks), Is.EqualTo(new[] { "Закрыть INC-3" }));
        Assert.That(ShownText.Latin([.. ShownText.Of(reopened), .. ShownText.Of(linked)]), Is.Empty);
    }

    [Test]
    public void Buttons_Russian_AreShortEnoughToRead()
    {
        var blocks = new[]
        {
            BriefMessage.Build(Words.Russian, Incident() with { Roles = new Dictionary<string, string>() }, Sev1, new CadenceState { IncidentId = 1 },
                RoleCatalog.From(Options()), Declared).Blocks,
            ReminderMessage.Build(Words.Russian, Incident(), Sev1, Reminder(1, Declared.AddHours(1))).Blocks,
            SoakMessage.Build(Words.Russian, Incident(), new SoakPayload(Declared, Declared.AddHours(30))).Blocks,
            ResolutionMessages.LinkedResolved(Words.Russian, Incident() with { Number = 12345 }, Incident(), null).Blocks,
        };

        Assert.That(blocks.SelectMany(ShownText.Buttons), Has.All.Length.LessThanOrEqualTo(30));
    }

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Оплата не проходит", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ChannelId = "C1", Roles = new Dictionary<string, string> { ["ic"] = "U1" },
    };

    private static ReminderPayload Reminder(int missed, DateTimeOffset fired) =>
        new(missed, Declared.ToUnixTimeMilliseconds(), fired, Declared, EscalationStep.MentionTarget);

    private static IncidentBotOptions Options()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev1"].EscalationTarget = "S0ONCALL";
        return options;
    }
}
