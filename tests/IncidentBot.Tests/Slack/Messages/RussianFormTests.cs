using System.Text.Json.Nodes;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// A reader in Russian gets every form and the Home tab in Russian, the practice's terms included, with nothing left in
/// English but codes (INC-3, SEV1) and command syntax.
/// </summary>
public sealed class RussianFormTests
{
    private static readonly Words Russian = Words.Russian;

    public static IEnumerable<TestCaseData> Views() => FormViews.Modals(Russian)
        .Append((Name: "home", View: FormViews.Home(Russian, count: 300)))
        .Append((Name: "empty home", View: HomeView.Build(Russian, [], FormViews.Ladder)))
        .Select(v => new TestCaseData(v.View).SetName($"View_InRussian_HasNoEnglishLeft({v.Name})"));

    [TestCaseSource(nameof(Views))]
    public void View_InRussian_HasNoEnglishLeft(JsonObject view) =>
        Assert.That(FormViews.Texts(view).SelectMany(FormViews.EnglishIn), Is.Empty, string.Join("\n", FormViews.Texts(view)));

    [Test]
    public void Declare_InRussian_TitleLabelsAndOptions()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "declare").View;

        Assert.That(Title(view), Is.EqualTo(("Объявить инцидент", "Объявить", "Отмена")));
        Assert.That(Labels(view), Is.EqualTo(new[] { "Название", "Уровень серьёзности", "Тип инцидента", "Как обнаружили?", "Что происходит", "Влияние на клиентов", "Параметры" }));
        Assert.That(OptionTexts(view, "severity"), Is.EqualTo(new[]
        {
            "SEV0 · Критический сбой", "SEV1 · Серьёзная деградация", "SEV2 · Незначительная проблема", "SEV3 · Низкое влияние",
        }));
        Assert.That(OptionTexts(view, "options"), Is.EqualTo(new[]
        {
            "Закрытый инцидент: приватный канал, без сообщения в ленте", "Я буду командиром инцидента",
        }));
        Assert.That(Element(view, "options")["options"]![0]!["description"]!["text"]!.GetValue<string>(), Is.EqualTo("Всегда закрытые: SEV0, Безопасность"));
    }

    [Test]
    public void Update_InRussian_StatusesConfidenceAndNextUpdateInRussian()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "update").View;

        Assert.That(Title(view), Is.EqualTo(("Опубликовать обновление", "Опубликовать", "Отмена")));
        Assert.That(Labels(view), Is.EqualTo(new[]
        {
            "Статус", "Сводка", "С момента последнего обновления", "Первопричина", "Текущая гипотеза", "Влияние на клиентов",
            "Затронутые сервисы", "Затронутые клиенты", "Прогноз восстановления", "Уверенность в прогнозе",
            "Следующий шаг 1", "Ответственный за шаг 1", "Следующий шаг 2", "Ответственный за шаг 2", "Следующий шаг 3", "Ответственный за шаг 3",
            "Следующее обновление",
        }));
        Assert.That(OptionTexts(view, "root_cause_state"), Is.EqualTo(new[] { "Известна", "Предполагается", "Выясняется" }));
        Assert.That(Element(view, "since_last")["initial_value"]!.GetValue<string>(), Is.EqualTo("- Откатили выкладку"));
        Assert.That(OptionTexts(view, "status"), Is.EqualTo(new[] { "Расследование", "Причина установлена", "Устранение", "Наблюдение" }));
        Assert.That(Element(view, "status")["initial_option"]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo("Причина установлена"));
        Assert.That(OptionTexts(view, "confidence"), Is.EqualTo(new[] { "низкая", "средняя", "высокая" }));
        Assert.That(OptionTexts(view, "next_update"), Is.EqualTo(new[] { "через 5 мин", "через 15 мин", "через 30 мин" }));
        Assert.That(Element(view, "summary")["placeholder"]!["text"]!.GetValue<string>(), Is.EqualTo("Что происходит сейчас?"));
    }

    [Test]
    public void InitialAssessment_InRussian_SaysWhatTheFirstUpdateCovers()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "initial assessment").View;

        Assert.That(Title(view).Title, Is.EqualTo("Первичная оценка"));
        Assert.That(FormViews.Texts(view["blocks"]![0]), Has.Some.Contains("_Первичная оценка: масштаб, влияние, гипотеза и прогноз восстановления._"));
    }

    [Test]
    public void Severity_InRussian_LabelsFromTheCatalogueAndTheCurrentSeverity()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "severity").View;

        Assert.That(Title(view), Is.EqualTo(("Сменить уровень", "Сменить", "Отмена")));
        Assert.That(FormViews.Texts(view["blocks"]![0]).Single(), Does.StartWith("Сейчас у *INC-3* уровень SEV1. Частота обновлений"));
        Assert.That(OptionTexts(view, "severity"), Does.Contain("SEV1 · Серьёзная деградация"));
        Assert.That(Element(view, "severity")["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("sev1"));
        Assert.That(Labels(view), Is.EqualTo(new[] { "Уровень серьёзности", "Причина" }));
    }

    [Test]
    public void Resolve_InRussian_PracticeTermsAndTheSummaryKept()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "resolve").View;

        Assert.That(Title(view), Is.EqualTo(("Закрыть INC-123456", "Закрыть", "Отмена")));
        Assert.That(Labels(view), Is.EqualTo(new[] { "Как решили", "Первопричина", "Параметры" }));
        Assert.That(OptionTexts(view, "resolve_options"), Is.EqualTo(new[] { "Влияние на клиентов точно закончилось", "Начать черновик пост-мортема" }));
        Assert.That(Element(view, "resolution_summary")["initial_value"]!.GetValue<string>(), Is.EqualTo("Откатили релиз"));
    }

    [Test]
    public void Roles_InRussian_NamesAndDutiesFromThePractice()
    {
        var view = FormViews.Modals(Russian).Single(m => m.Name == "roles").View;

        Assert.That(Title(view), Is.EqualTo(("Назначить роли", "Назначить", "Отмена")));
        Assert.That(Labels(view), Is.EqualTo(FormViews.Roles.All.Select(Russian.RoleName).ToArray()));
        Assert.That(Labels(view), Does.Contain("Командир инцидента").And.Contain("Секретарь").And.Contain("Технический лидер"));
        var inputs = Inputs(view).ToList();
        Assert.That(inputs.Select(i => i["hint"]!["text"]!.GetValue<string>()), Is.EqualTo(FormViews.Roles.All.Select(Russian.RoleDuty).ToArray()));
        Assert.That(inputs[0]["element"]!["placeholder"]!["text"]!.GetValue<string>(), Is.EqualTo("Выберите человека"));
    }

    [Test]
    public void Home_InRussian_HeaderStatusesAndWhatIsNotKnownYet()
    {
        var texts = FormViews.Texts(FormViews.Home(Russian));

        Assert.That(texts[0], Is.EqualTo("Открытые инциденты"));
        Assert.That(texts, Has.Some.StartsWith("*INC-1 · SEV1 · Причина установлена* — Оплата картой не проходит\nканал создаётся · командир _не назначен_ · объявлен <!date^"));
        Assert.That(texts, Has.Some.Contains("<#C2> · командир <@U1> · объявлен"));
        Assert.That(texts[^1], Is.EqualTo("Все команды: `/incident help`."));
    }

    [Test]
    public void Home_InRussian_NothingOpen_SaysHowToDeclare() =>
        Assert.That(FormViews.Texts(HomeView.Build(Russian, [], FormViews.Ladder)),
            Has.Some.EqualTo("Открытых инцидентов нет. :tada: Объявить новый: `/incident declare sev1 &lt;название&gt;`."));

    [TestCase(1, "… и ещё 1 инцидент, менее серьёзный или объявленный позже.")]
    [TestCase(3, "… и ещё 3 инцидента, менее серьёзные или объявленные позже.")]
    [TestCase(25, "… и ещё 25 инцидентов, менее серьёзные или объявленные позже.")]
    public void Home_InRussian_HowManyMore_CountsInRussian(int more, string expected) =>
        Assert.That(Russian.Count("home.more", more), Is.EqualTo(expected));

    [Test]
    public void Home_InRussian_ManyOpen_SaysHowManyMoreInRussian()
    {
        var texts = FormViews.Texts(FormViews.Home(Russian, count: 300));

        Assert.That(texts[^2], Does.Match(@"^… и ещё \d+ инцидент(а|ов)?, менее серьёзн"));
    }

    [Test]
    public void SeverityError_InRussian_NamesTheLadderWithRussianJoiner()
    {
        Assert.That(SeverityModal.ChooseOneOf(Russian, FormViews.Ladder), Is.EqualTo("Выберите один из уровней: sev0, sev1, sev2 или sev3."));
        Assert.That(SeverityModal.ChooseOneOf(Words.English, FormViews.Ladder), Is.EqualTo("Choose one of sev0, sev1, sev2 or sev3."));
    }

    private static (string Title, string Submit, string Close) Title(JsonObject view) =>
        (Text(view["title"]), Text(view["submit"]), Text(view["close"]));

    private static IEnumerable<JsonObject> Inputs(JsonObject view) =>
        view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input");

    private static string[] Labels(JsonObject view) => Inputs(view).Select(i => Text(i["label"])).ToArray();

    private static JsonObject Element(JsonObject view, string blockId) =>
        Inputs(view).Single(i => (string?)i["block_id"] == blockId)["element"]!.AsObject();

    private static string[] OptionTexts(JsonObject view, string blockId) =>
        Element(view, blockId)["options"]!.AsArray().Select(o => Text(o!["text"])).ToArray();

    private static string Text(JsonNode? textObject) => textObject?["text"]?.GetValue<string>() ?? "";
}
