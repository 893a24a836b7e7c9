using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>Action items and the overdue digest in Russian: every count agrees with its noun, no English left.</summary>
public sealed class ActionWordsTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void List_Russian_HeadingLinesAndButtons()
    {
        var items = new[]
        {
            Item(1, "Добавить алерт на рост ошибок", "U2", new DateOnly(2026, 12, 1)),
            Item(2, "Написать ранбук", null, null),
            Item(3, "Откатить конфиг", "U3", null) with { State = ActionItemState.Done },
        };

        var (text, blocks) = ActionItemMessages.List(Words.Russian, Incident(), items);

        Assert.That(text, Is.EqualTo("*Задачи по INC-3* (открыто: 2 из 3)"));
        var shown = UntranslatedWords.Of(blocks);
        Assert.That(shown, Does.Contain("*#1* Добавить алерт на рост ошибок · <@U2> · срок 2026-12-01 · P2")
            .And.Contain("*#2* Написать ранбук · _без ответственного_ · _без срока_ · P2")
            .And.Contain("*#3* Откатить конфиг · <@U3> · _без срока_ · P2 · :heavy_check_mark: выполнена"));
        Assert.That(Buttons(blocks), Is.EqualTo(new[] { "Выполнено", "Выполнено" }));
        Assert.That(UntranslatedWords.In(shown), Is.Empty);
    }

    [Test]
    public void List_RussianManyItems_PagesSayHowManyMoreWithTheRightNoun()
    {
        var items = Enumerable.Range(1, 60).Select(n => Item(n, string.Concat(Enumerable.Repeat("Проверить <лимиты> & квоты ", 18)), "U2", null)).ToList();

        var (text, blocks) = ActionItemMessages.List(Words.Russian, Incident(), items);

        Assert.That(text, Does.Match(@"^\*Задачи по INC-3\* \(открыто: 60 из 60\) · стр\. 1 из \d+$"));
        var more = blocks[^1]!["elements"]![0]!["text"]!.GetValue<string>();
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(more, @"ещё (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(more, Is.EqualTo(Words.Russian.Count("actions.list.more", count, ("page", "2"))));
        Assert.That(more, Does.EndWith("следующая страница — `/incident actions 2`."));
    }

    [TestCase(1, "… ещё 1 задача: следующая страница — `/incident actions 2`.")]
    [TestCase(3, "… ещё 3 задачи: следующая страница — `/incident actions 2`.")]
    [TestCase(5, "… ещё 5 задач: следующая страница — `/incident actions 2`.")]
    [TestCase(11, "… ещё 11 задач: следующая страница — `/incident actions 2`.")]
    [TestCase(21, "… ещё 21 задача: следующая страница — `/incident actions 2`.")]
    public void More_Russian_AgreesWithTheCount(int count, string expected) =>
        Assert.That(Words.Russian.Count("actions.list.more", count, ("page", "2")), Is.EqualTo(expected));

    [TestCase(1, "У вас 1 просроченная задача.")]
    [TestCase(2, "У вас 2 просроченные задачи.")]
    [TestCase(5, "У вас 5 просроченных задач.")]
    public void Digest_Russian_CountsTheOverdueItems(int count, string expected)
    {
        var overdue = Enumerable.Range(1, count).Select(n => (Item(n, "Написать ранбук", "U2", new DateOnly(2026, 11, 1)), Incident(), false)).ToList();

        var (text, _) = ActionItemMessages.Digest(Words.Russian, overdue, new DateOnly(2026, 11, 20));

        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void Digest_Russian_LinesFooterAndAWithheldItem()
    {
        var overdue = new[]
        {
            (Item(1, "Написать ранбук", "U2", new DateOnly(2026, 11, 1)), Incident(), false),
            (Item(2, "Секретный текст", "U2", new DateOnly(2026, 11, 19)), Incident() with { Number = 4, IsPrivate = true }, true),
        };

        var (_, blocks) = ActionItemMessages.Digest(Words.Russian, overdue, new DateOnly(2026, 11, 20));

        var shown = UntranslatedWords.Of(blocks);
        Assert.That(shown, Does.Contain("• *INC-3* #1: Написать ранбук · срок 2026-11-01 (19 дней назад) · P2 · <#C1>")
            .And.Contain("• *INC-4* #2: _закрытый инцидент: подробности — у его командира_ · срок 2026-11-19 (1 день назад) · P2")
            .And.Contain("Отметить выполненные можно командой `/incident actions` в канале инцидента."));
        Assert.That(shown, Does.Not.Contain("Секретный"));
        Assert.That(UntranslatedWords.In(shown), Is.Empty);
    }

    [TestCase("", "Напишите, что нужно сделать.")]
    [TestCase("Починить <@U2> <@U3>", "У задачи может быть только один ответственный.")]
    [TestCase("Починить @bob", "«@bob» — не упоминание в Slack.")]
    [TestCase("Починить due:завтра", "«due:завтра» — не дата. Укажите срок в виде due:ГГГГ-ММ-ДД")]
    [TestCase("Починить p7", "Приоритет «p7» не подходит: укажите p0, p1, p2 или p3.")]
    public void Parse_RussianProblems_SayWhatIsWrong(string arguments, string expected)
    {
        Assert.That(ActionArguments.Parse(Words.Russian, arguments, out var problem), Is.Null);
        Assert.That(problem, Does.StartWith(expected));
    }

    [Test]
    public void Parse_RussianTooLong_CountsTheCharacters()
    {
        Assert.That(ActionArguments.Parse(Words.Russian, new string('я', 501), out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo("В тексте задачи 501 символ, а можно не больше 500."));
    }

    [Test]
    public void Done_Russian_SaysWhichItem() =>
        Assert.That(ActionItemMessages.Done(Words.Russian, Item(4, "Написать ранбук", null, null), changed: true),
            Is.EqualTo(":heavy_check_mark: Задача #4 выполнена: Написать ранбук"));

    private static string[] Buttons(JsonArray blocks) =>
        blocks.Select(b => b!["accessory"]?["text"]?["text"]?.GetValue<string>()).OfType<string>().ToArray();

    private static ActionItem Item(int n, string text, string? owner, DateOnly? due) =>
        new(100 + n, 1, n, text, owner, due, "p2", ActionItemState.Open, "U1", Declared);

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Не проходит оплата", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ChannelId = "C1",
    };
}
