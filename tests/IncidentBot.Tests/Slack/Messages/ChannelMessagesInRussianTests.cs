using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>The brief, the feed headline, the channel topic and the posted update in a Russian workspace.</summary>
public sealed class ChannelMessagesInRussianTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly IncidentBotOptions Options = new();
    private static readonly Severity Sev1 = SeverityLadder.From(Options).Get("sev1");

    [Test]
    public void Brief_Russian_NamesRolesStatusFieldsAndButtonsInRussian()
    {
        var message = BriefMessage.Build(Words.Russian, Incident(), Sev1, new CadenceState { IncidentId = 1, AnchorAt = Declared },
            RoleCatalog.From(Options), Declared.AddMinutes(72));

        var shown = string.Join("\n", ShownText.Of(message));
        Assert.That(shown, Does.Contain("*Уровень*\nSEV1 · Серьёзная деградация").And.Contain("*Статус*\nРасследование")
            .And.Contain("*Длительность*\n1 ч 12 мин").And.Contain("*Роли*\nКомандир инцидента: <@U1>")
            .And.Contain("Технический лидер: _не назначен_").And.Contain("*Влияние на клиентов*\nКлиенты из ЕС не могут оплатить")
            .And.Contain("Связанные: INC-2").And.Contain("2 открытые задачи"));
        Assert.That(ShownText.Buttons(message.Blocks), Is.EqualTo(new[]
        {
            "Стать командиром", "Назначить роли…", "Опубликовать обновление", "Изменить уровень", "Закрыть инцидент",
        }));
        Assert.That(ShownText.Latin(ShownText.Of(message)), Is.Empty, shown);
    }

    [TestCase(1, "1 открытая задача")]
    [TestCase(3, "3 открытые задачи")]
    [TestCase(5, "5 открытых задач")]
    [TestCase(21, "21 открытая задача")]
    public void BriefLinks_OpenActions_CountInRussian(int open, string expected) =>
        Assert.That(BriefLinks.Describe(Words.Russian, Incident() with { Links = [], OpenActionCount = open }), Does.Contain(expected));

    [Test]
    public void Brief_Resolved_SaysHowLongItTook()
    {
        var resolved = Incident() with { Status = IncidentStatus.Resolved, ResolvedAt = Declared.AddMinutes(72) };

        var shown = string.Join("\n", ShownText.Of(BriefMessage.Build(Words.Russian, resolved, Sev1, new CadenceState { IncidentId = 1 },
            RoleCatalog.From(Options), Declared.AddHours(3))));

        Assert.That(shown, Does.Contain("*Статус*\nРешено за 1 ч 12 мин").And.Contain("не нужно (инцидент решён)"));
    }

    [Test]
    public void FeedHeadlineAndTopic_Russian_NameTheCommanderAndStatus()
    {
        var pending = Incident() with { ChannelId = null, Roles = new Dictionary<string, string>() };

        var headline = string.Join("\n", ShownText.Of(FeedHeadline.Build(Words.Russian, pending, Sev1)));
        var topic = ChannelTexts.Topic(Words.Russian, pending, Sev1);

        Assert.That(headline, Does.Contain("INC-3 · SEV1 · Расследование").And.Contain("Командир: _не назначен_ · канал создаётся · объявлен"));
        Assert.That(topic, Is.EqualTo("INC-3 · SEV1 · Расследование · Командир: не назначен"));
    }

    [Test]
    public void Update_Russian_FollowsThePracticeTemplate()
    {
        var message = UpdateMessage.Build(Words.Russian, Incident(), Update());

        var shown = string.Join("\n", ShownText.Of(message));
        Assert.That(shown, Does.Contain("*INC-3 · Обновление №3 · <!date^").And.Contain("*Статус:* Устранение (было: Расследование) · SEV1")
            .And.Contain("*Сводка:* Откатили конфигурацию").And.Contain("*С момента последнего обновления*\n• Откатили выкладку\n• Расследование → Устранение")
            .And.Contain("*Текущее понимание*").And.Contain("*Первопричина*\nПредполагается — Неудачная выкладка")
            .And.Contain("*Влияние*\n").And.Contain("*Затронутые сервисы*\nплатежи").And.Contain("*Затронутые клиенты*\nклиенты из ЕС")
            .And.Contain("*Следующие шаги*\n1. Следим за ошибками — <@U3>")
            .And.Contain("*Ожидаемый срок*\nк 10:00 (уверенность: высокая)")
            .And.Contain("Автор: <@U2> · Следующее обновление — к <!date^").And.Contain("(через 30 мин)"));
        Assert.That(ShownText.Latin(ShownText.Of(message)), Is.Empty, shown);
    }

    [Test]
    public void Update_RussianInitialAssessmentWithoutCadence_SaysSo()
    {
        var update = Update() with
        {
            Number = 1, NextUpdateAt = null, Status = IncidentStatus.Investigating, PreviousStatus = IncidentStatus.Investigating,
            Details = new UpdateDetails { Assessment = true, RevenueImpact = "около 5 тыс. в минуту", SlaRisk = "высокий" },
        };

        var shown = string.Join("\n", ShownText.Of(UpdateMessage.Build(Words.Russian, Incident(), update)));

        Assert.That(shown, Does.Contain("Первичная оценка · Обновление №1 · <!date^").And.Contain("*Влияние на выручку*\nоколо 5 тыс. в минуту")
            .And.Contain("Для SEV1 регулярные обновления не предусмотрены").And.Not.Contain("С момента последнего обновления"));
    }

    [Test]
    public void Update_English_HeadingShowsNumberAndTimeInEachReadersZone() =>
        Assert.That(UpdateMessage.Heading(Words.English, Update()), Is.EqualTo($"Update #3 · <!date^{Declared.ToUnixTimeSeconds()}^{{time}}|09:00 UTC>"));

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Оплата не проходит", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, Impact = "Клиенты из ЕС не могут оплатить", ChannelId = "C1",
        Roles = new Dictionary<string, string> { ["ic"] = "U1" }, Links = [2], OpenActionCount = 2,
    };

    private static StatusUpdate Update() => new()
    {
        IncidentId = 1, Number = 3, SeverityKey = "sev1", Status = IncidentStatus.Mitigating, PreviousStatus = IncidentStatus.Investigating,
        Summary = "Откатили конфигурацию", Impact = "Часть платежей", Hypothesis = "Неудачная выкладка",
        Eta = "к 10:00", Confidence = "high", NextUpdateAt = Declared.AddMinutes(30), PostedBy = "U2", PostedAt = Declared,
        Details = new UpdateDetails
        {
            SinceLast = "- Откатили выкладку", RootCause = RootCauseState.Suspected, Services = "платежи", Customers = "клиенты из ЕС",
            Steps = [new NextStep("Следим за ошибками", "U3")],
        },
    };
}
