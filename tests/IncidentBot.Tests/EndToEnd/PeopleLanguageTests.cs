using System.Text.Json.Nodes;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using Quartz;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Roles, action items, notes and the timeline in the reader's language: a member whose Slack locale is Russian gets
/// Russian answers and DMs in an English workspace while the channel stays English, and a Russian workspace posts and
/// DMs in Russian.
/// </summary>
[TestFixture]
public sealed class PeopleLanguageTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Usage_RussianMemberInAnEnglishWorkspace_GetsRussianSyntax_WhileOthersGetEnglish()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var action = await _bot.Requests.CommandAsync("action", "URU", incident.ChannelId!);
        var note = await _bot.Requests.CommandAsync("note", "URU", incident.ChannelId!);
        var english = await _bot.Requests.CommandAsync("action", "U2", incident.ChannelId!);

        Assert.That(action.Text, Is.EqualTo("Напишите, что нужно сделать.\n" +
            "Как использовать: `/incident action &lt;текст&gt; [@ответственный] [due:ГГГГ-ММ-ДД] [p0|p1|p2|p3]`\n" +
            "Пример: `/incident action Добавить алерт на рост ошибок 5xx @bob due:2026-12-01 p1`"));
        Assert.That(note.Text, Does.StartWith("Что записать в заметку? Как использовать: `/incident note &lt;текст&gt;`"));
        Assert.That(english.Text, Does.StartWith("Say what needs doing.\nUsage: `/incident action &lt;text&gt; [@owner]"));
    }

    [Test]
    public async Task Actions_RussianMember_ListAndDoneAnswerInRussian()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var added = await _bot.Requests.CommandAsync("action Написать ранбук <@U2> due:2026-12-01", "URU", incident.ChannelId!);
        await _bot.Requests.CommandAsync("action Add a canary", "U1", incident.ChannelId!);

        var list = await _bot.Requests.CommandAsync("actions", "URU", incident.ChannelId!);
        var button = ((JsonArray)list.Json!["blocks"]!).Select(b => b!["accessory"]).OfType<JsonObject>().First();
        await _bot.Requests.InteractionAsync(BlockAction("URU", incident.ChannelId!, "action_done", button["value"]!.GetValue<string>()));
        await _bot.WaitForIdleAsync();

        Assert.That(added.Text, Is.EqualTo(":white_check_mark: Задача *#1* добавлена: Написать ранбук · <@U2> · срок 2026-12-01 · P2"));
        Assert.That(list.Text, Is.EqualTo("*Задачи по INC-1* (открыто: 2 из 2)"));
        Assert.That(button["text"]!["text"]!.GetValue<string>(), Is.EqualTo("Выполнено"));
        Assert.That(ResolveSteps.NoticesTo(_bot, "URU"), Does.Contain(":heavy_check_mark: Задача #1 выполнена: Написать ранбук"));
    }

    [Test]
    public async Task Role_RussianMemberByRussianName_AnswerAndDutyInRussian_ChannelWarningInEnglish()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, user: "U1");

        var answer = await _bot.Requests.CommandAsync("role Технический лидер <@URU>", "URU", incident.ChannelId!);
        await _bot.Requests.CommandAsync("role lead <@U1>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.StartWith(":white_check_mark: Роль «Технический лидер» теперь у <@URU>."));
        var duty = _bot.Slack.State.DirectMessages("URU").Single().Visible();
        Assert.That(duty, Does.Contain("Теперь вы — *Технический лидер* в *INC-1*").And.Contain("Вы взяли эту роль сами.")
            .And.Contain("*Ваши обязанности:* Руководит расследованием и исправлением."));
        var warning = _bot.Slack.State.Messages(incident.ChannelId!).Single(m => m.Text.Contains(":warning:", StringComparison.Ordinal));
        Assert.That(warning.Text, Does.Contain("<@U1> now holds both *Incident Commander* and *Technical Lead*"));
    }

    [Test]
    public async Task Timeline_RussianMember_FrameInRussian_EntriesAsStored()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("note Rolled back deploy 4812", "U2", incident.ChannelId!);

        var timeline = await _bot.Requests.CommandAsync("timeline", "URU", incident.ChannelId!);

        var shown = MessageText.Of(timeline.Json!["blocks"]!.ToJsonString());
        Assert.That(timeline.Text, Is.EqualTo("Таймлайн INC-1"));
        Assert.That(shown, Does.Contain("Таймлайн · INC-1").And.Contain("сначала ранние, время — в вашем часовом поясе.")
            .And.Contain("Rolled back deploy 4812 — <@U2>"));
    }

    [Test]
    public async Task Digest_EachOwnerInTheirOwnWords()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("action Add a canary <@URU> due:2020-01-01 p1", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("action Write the runbook <@URU> due:2021-06-30", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("action Tune the alerts <@U2> due:2021-06-30", "U1", incident.ChannelId!);

        var scheduler = await _bot.Services.GetRequiredServiceOf<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(ActionDigestJob.Key);
        await Eventually.TrueAsync(() => _bot.Slack.State.DirectMessages("URU").Count == 1 && _bot.Slack.State.DirectMessages("U2").Count == 1,
            TimeSpan.FromSeconds(15), "both digest DMs");

        var russian = _bot.Slack.State.DirectMessages("URU").Single().Visible();
        Assert.That(russian, Does.Contain("У вас 2 просроченные задачи.").And.Contain("Add a canary · срок 2020-01-01 (").And.Contain("дней назад)")
            .And.Contain("Отметить выполненные можно командой `/incident actions` в канале инцидента."));
        Assert.That(russian, Does.Not.Contain("overdue"));
        Assert.That(_bot.Slack.State.DirectMessages("U2").Single().Visible(), Does.Contain("You have 1 overdue action item."));
    }

    [Test]
    public async Task RussianWorkspace_ChannelWarningIsRussian_WhileAnEnglishMembersAnswerIsEnglish()
    {
        await using var bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:Language", "ru")));
        var incident = await ResolveSteps.DeclareAsync(bot, user: "U1");

        var answer = await bot.Requests.CommandAsync("role lead <@U1>", "U1", incident.ChannelId!);
        await bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("<@U1> is now Technical Lead."));
        var warning = bot.Slack.State.Messages(incident.ChannelId!).Single(m => m.Text.Contains(":warning:", StringComparison.Ordinal));
        Assert.That(warning.Text, Does.Contain("<@U1> сейчас одновременно *Командир инцидента* и *Технический лидер*"));
    }
}
