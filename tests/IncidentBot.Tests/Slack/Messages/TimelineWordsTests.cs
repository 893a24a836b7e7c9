using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// The timeline view, note answers and the declarer's notice in Russian: the frame is translated, stored entries are
/// shown as stored.
/// </summary>
public sealed class TimelineWordsTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Timeline_Russian_FrameIsRussianAndEntriesAsStored()
    {
        var entries = new[]
        {
            Entry(1, "Incident declared by <@U1>", null),
            Entry(2, "Откатили выкладку 4812", "https://slack.example/p2"),
        };

        var pages = TimelineMessage.Pages(Words.Russian, Incident(), entries);

        var (text, blocks) = pages.Single();
        var shown = UntranslatedWords.Of(blocks);
        Assert.That(text, Is.EqualTo("Таймлайн INC-3"));
        Assert.That(blocks[0]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo("Таймлайн · INC-3"));
        Assert.That(shown, Does.Contain("2 записи, сначала ранние, время — в вашем часовом поясе.")
            .And.Contain("Incident declared by <@U1>")
            .And.Contain("Откатили выкладку 4812 — <@U2> · <https://slack.example/p2|сообщение>"));
    }

    [Test]
    public void Timeline_RussianManyPages_SaysWhichPageAndHowManyAreHidden()
    {
        var entries = Enumerable.Range(1, TimelineMessage.EntriesPerPage * (TimelineMessage.MaxPages + 1))
            .Select(n => Entry(n, "Заметка", null)).ToList();

        var pages = TimelineMessage.Pages(Words.Russian, Incident(), entries);

        var first = UntranslatedWords.Of(pages[0].Blocks);
        Assert.That(pages[0].Text, Is.EqualTo($"Таймлайн INC-3 (стр. 1 из {TimelineMessage.MaxPages})"));
        Assert.That(first, Does.Contain("780 записей, сначала ранние").And.Contain(" 60 самых ранних записей здесь не показаны; в черновике пост-мортема будут все."));
        Assert.That(UntranslatedWords.Of(pages[1].Blocks), Does.StartWith($"*Таймлайн · INC-3 (стр. 2 из {TimelineMessage.MaxPages})*"));
    }

    [Test]
    public void Timeline_RussianEmpty_SaysNothingIsRecorded()
    {
        var shown = UntranslatedWords.Of(TimelineMessage.Pages(Words.Russian, Incident(), []).Single().Blocks);

        Assert.That(shown, Does.Contain("0 записей").And.Contain("_Пока ничего не записано._"));
        Assert.That(UntranslatedWords.In(shown), Is.Empty);
    }

    [Test]
    public void Note_RussianUsage_ShowsTheSyntaxWithRussianPlaceholders()
    {
        var text = NoteMessages.Empty(Words.Russian);

        Assert.That(text, Is.EqualTo("Что записать в заметку? Как использовать: `/incident note &lt;текст&gt;` или задним числом, " +
            "в пределах сегодняшнего дня: `/incident note @14:05 &lt;текст&gt;`."));
    }

    [Test]
    public void Note_RussianAdded_SaysWhereItWent()
    {
        var text = NoteMessages.Added(Words.Russian, Declared, "Откатили выкладку");

        Assert.That(text, Does.StartWith(":memo: Добавлено в таймлайн (<!date^").And.EndWith("): Откатили выкладку"));
    }

    [Test]
    public void Declarer_Russian_DeclaredDelayedAndFailed()
    {
        var incident = Incident() with { PossiblyRelatedNumber = 2 };

        var declared = DeclarerNotice.Declared(Words.Russian, incident)["text"]!.GetValue<string>();
        var delayed = DeclarerNotice.Delayed(Words.Russian, incident, TimeSpan.FromSeconds(2.5))["text"]!.GetValue<string>();
        var failed = DeclarerNotice.Failed(Words.Russian, incident, "restricted_action")["text"]!.GetValue<string>();

        Assert.That(declared, Is.EqualTo(":white_check_mark: Инцидент *INC-3* объявлен: <#C1>. Сводка закреплена в канале — роли можно взять " +
            "прямо из неё.\n:link: Возможно, связан с INC-2."));
        Assert.That(delayed, Does.Contain("канал INC-3 будет готов примерно через 3 с."));
        Assert.That(failed, Does.StartWith(":warning: Инцидент *INC-3* записан, но до конца настроить его в Slack не удалось:")
            .And.EndWith("(Slack ответил `restricted_action`.)"));
        Assert.That(UntranslatedWords.In(declared + delayed), Is.Empty);
    }

    private static TimelineEntry Entry(long id, string text, string? link) =>
        new(id, 1, Declared.AddMinutes(id), Declared.AddMinutes(id), TimelineKind.Note, text, id == 1 ? "U1" : "U2", link);

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Не проходит оплата", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ChannelId = "C1",
    };
}
