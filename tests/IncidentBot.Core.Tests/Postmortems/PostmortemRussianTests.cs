using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>The post-mortem in a Russian workspace: the practice's structure, its terms, Russian plurals, dates and durations.</summary>
public sealed class PostmortemRussianTests
{
    private static readonly string[] Outline =
    [
        "# Пост-мортем: Checkout is failing (INC-42)", "## Краткое изложение", "## Влияние", "## Ключевые моменты",
        "## Таймлайн (UTC, Europe/Berlin)", "## Первопричина", "## Пять почему", "## Решение",
        "## Почему обнаружение или эскалация запоздали", "## Что прошло хорошо", "## Что можно улучшить", "## Задачи", "## Предотвращение",
        "## Выводы", "## Связанные инциденты",
    ];

    [Test]
    public void Compile_Russian_FollowsThePracticesStructureInOrder()
    {
        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input());

        Assert.That(Headings(markdown), Is.EqualTo(Outline));
        Assert.That(markdown, Does.Contain("\n\n**Дата**: 22 ноября 2026\n\n**Длительность**: 1 ч 12 мин (15:00 – 16:12, Europe/Berlin)\n\n" +
            "**Уровень**: SEV1 (Серьёзная деградация)\n\n**Участники**: @U1, @U2, @U3\n\n"));
        Assert.That(markdown, Does.Contain("**Роли**: Командир инцидента: @U1 · ").And.Contain("Секретарь: _не назначен_"));
        Assert.That(markdown, Does.Contain("_Черновик собран IncidentBot 22 ноября 2026, 16:00 UTC по записям инцидента."));
        Assert.That(markdown, Does.Contain("| Время (UTC) | Время (Europe/Berlin) | Событие | Автор |"));
        Assert.That(markdown, Does.Contain("| № | Задача | Ответственный | Срок | Приоритет | Статус |"));
        Assert.That(markdown, Does.Contain("| 1 | Add a canary for config pushes | @U2 | 2026-12-01 | P1 | открыта |"));
        Assert.That(markdown, Does.Contain("| 2 | Write the runbook | _не назначен_ | — | P3 | выполнена |"));
        Assert.That(markdown, Does.Contain("## Решение\n\nRolled back the config\n"));
        Assert.That(markdown, Does.Contain("решён через 1 ч 12 мин. Влияние: About 30% of checkouts failed. Решение: Rolled back the config; первопричина: A bad config push.\n"),
            "the executive summary is the practice's 2–3 sentences: what happened, impact, resolution");
        Assert.That(markdown, Does.Contain("1. Почему произошло «Checkout is failing»? A bad config push"));
        Assert.That(markdown, Does.Contain("- INC-40: Payments slow").And.Contain("- INC-41 (закрытый)"));
    }

    [Test]
    public void Compile_Russian_NoEnglishHeadingOrSentenceRemains()
    {
        var english = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());
        var russian = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input());

        Assert.That(Headings(russian).Intersect(Headings(english)), Is.Empty);
        foreach (var heading in Headings(english).Select(h => h.TrimStart('#', ' ')))
        {
            Assert.That(russian, Does.Not.Contain(heading), "an English heading");
        }

        // Every English sentence of the post-mortem's catalogue; the recorded texts of the sample (its title, notes,
        // action items) are English on purpose and are shorter than these.
        var sentences = TextCatalogue.Shipped.Entries(Language.English)
            .Where(e => e.Key.StartsWith("postmortem.", StringComparison.Ordinal) && e.Key != "postmortem.layout" && e.Value.Text is { Length: >= 15 } t
                && TextEntry.Placeholder().Count(t) == 0)
            .Select(e => e.Value.Text!);
        Assert.That(sentences.Where(s => russian.Contains(s, StringComparison.Ordinal)), Is.Empty);
        Assert.That(russian, Does.Not.Contain("Post-mortem").And.Not.Contain("Status updates").And.Not.Contain("Time (UTC)")
            .And.Not.Contain("_unassigned_").And.Not.Contain("Compiled by").And.Not.Contain("Why did"));
    }

    [TestCase(1, "У 1 задачи нет ответственного или срока.")]
    [TestCase(3, "У 3 задач нет ответственного или срока.")]
    [TestCase(5, "У 5 задач нет ответственного или срока.")]
    [TestCase(21, "У 21 задачи нет ответственного или срока.")]
    public void Compile_Russian_CountsActionItemsInTheRightForm(int count, string expected)
    {
        var actions = Enumerable.Range(1, count)
            .Select(i => new ActionItem(i, 7, i, $"Item {i}", null, null, "p2", ActionItemState.Open, "U1", SampleIncident.Declared)).ToList();

        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(actions: actions));

        Assert.That(markdown, Does.Contain("- " + expected + "\n"));
    }

    [TestCase(1, "Уровень за время инцидента менялся один раз.")]
    [TestCase(2, "Уровень за время инцидента менялся дважды.")]
    [TestCase(3, "Уровень за время инцидента менялся 3 раза.")]
    [TestCase(5, "Уровень за время инцидента менялся 5 раз.")]
    public void Compile_Russian_CountsSeverityChangesInTheRightForm(int count, string expected)
    {
        var timeline = new List<TimelineEntry> { SampleIncident.Entry(0, TimelineKind.Declared, "Объявлен SEV1: Checkout is failing") };
        timeline.AddRange(Enumerable.Range(1, count).Select(i => SampleIncident.Entry(i, TimelineKind.SeverityChanged, i % 2 == 1 ? "SEV2 → SEV1" : "SEV1 → SEV2")));

        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(timeline));

        Assert.That(markdown, Does.Contain("- " + expected + "\n"));
    }

    [Test]
    public void Compile_Russian_SaysDurationsAndFactsInRussian()
    {
        var timeline = new[]
        {
            SampleIncident.Entry(0, TimelineKind.Declared, "Объявлен SEV1"),
            SampleIncident.Entry(5, TimelineKind.SeverityChanged, "SEV2 → SEV1: платежи не проходят"),
            SampleIncident.Entry(25, TimelineKind.UpdatePosted, "Обновление №1"),
            SampleIncident.Entry(70, TimelineKind.UpdatePosted, "Обновление №2"),
        };

        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(timeline, commanderAt: SampleIncident.Declared.AddMinutes(12)));

        Assert.That(markdown, Does.Contain("- Простой: 50 мин от начала до смягчения (1 ч 12 мин до решения)\n"));
        Assert.That(markdown, Does.Contain("| Время реакции (назначен командир) | 12 мин |"));
        Assert.That(markdown, Does.Contain("| Время до устранения влияния | 50 мин |"));
        Assert.That(markdown, Does.Contain("| Время до решения | 1 ч 12 мин |"));
        Assert.That(markdown, Does.Contain("- Обновления статуса вовремя: 1 из 2 (SEV2: раз в 1 ч, затем SEV1: раз в 30 мин)."));
        Assert.That(markdown, Does.Contain("- Командир инцидента назначен через 12 мин после объявления."));
        Assert.That(markdown, Does.Contain("- Влияние подтверждено при решении: да"));
    }

    [Test]
    public void Compile_Russian_SpanningTwoDays_NamesBothDaysAndTheEnd()
    {
        var input = SampleIncident.Input(incident: SampleIncident.Resolved(TimeSpan.FromHours(30)));

        var markdown = PostmortemCompiler.Compile(Words.Russian, input);

        Assert.That(markdown, Does.Contain("**Дата**: 22 ноября 2026 – 23 ноября 2026"));
        Assert.That(markdown, Does.Contain("**Длительность**: 30 ч (15:00 – 23 ноября 2026, 21:00, Europe/Berlin)"));
    }

    [Test]
    public void Compile_EveryLanguage_LayoutNamesOnlyPartsThereAre()
    {
        foreach (var language in Language.All)
        {
            var words = Words.In(language);
            Assert.That(() => PostmortemCompiler.Compile(words, SampleIncident.Input()), Throws.Nothing, language.Code);
            Assert.That(PostmortemCompiler.Layout(words), Is.Unique, language.Code);
        }
    }

    [Test]
    public void FirstAssigned_RussianRoleEntry_CountsTheCommanderByTheNameTheWorkspaceUses()
    {
        var timeline = new[] { SampleIncident.Entry(2, TimelineKind.RoleAssigned, "Командир инцидента: <@U1>") };

        var at = CommanderTiming.FirstAssigned(SampleIncident.Declared.AddMinutes(30), timeline, ["Incident Commander", "Командир инцидента"]);

        Assert.That(at, Is.EqualTo(SampleIncident.Declared.AddMinutes(2)));
    }

    private static List<string> Headings(string markdown) =>
        markdown.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('#')).ToList();
}
