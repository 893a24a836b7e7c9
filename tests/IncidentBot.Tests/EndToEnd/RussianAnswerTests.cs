using IncidentBot.Slack.Commands;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A member whose Slack locale is <c>ru-RU</c>, in an English workspace: the immediate answers to their
/// <c>/incident</c> commands are Russian, with Russian plurals and durations; the same commands from an English member
/// stay English.
/// </summary>
public sealed class RussianAnswerTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private async Task StartAsync(params (string, string?)[] settings) => await StartAsync(null, settings);

    private async Task StartAsync(Action<IServiceCollection>? services, params (string, string?)[] settings)
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(settings), services: services);
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");
    }

    [Test]
    public async Task UnknownSeverity_RussianMember_ListsTheLadderWithRussianOr()
    {
        await StartAsync();
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var declare = await _bot.Requests.CommandAsync("declare sev9 Не проходит оплата", "URU");
        var severity = await _bot.Requests.CommandAsync("severity sev9", "URU", incident.ChannelId!);
        var english = await _bot.Requests.CommandAsync("severity sev9", "U1", incident.ChannelId!);

        Assert.That(declare.Text, Does.StartWith("Неизвестный уровень «sev9»: укажите sev0, sev1, sev2 или sev3. Например: `/incident declare sev1"));
        Assert.That(severity.Text, Does.StartWith("Неизвестный уровень «sev9»: укажите sev0, sev1, sev2 или sev3. Например: `/incident severity sev1"));
        Assert.That(english.Text, Does.StartWith("Unknown severity \"sev9\"; use sev0, sev1, sev2 or sev3."));
    }

    [Test]
    public async Task ChannelCommandOutsideAChannel_RussianMember_IsToldInRussianWithTheOpenIncidents()
    {
        await StartAsync();
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("update Откатили выкладку", "URU");

        Assert.That(answer.Text, Is.EqualTo($"`/incident update` работает только в канале инцидента. Открытые инциденты: INC-1 <#{incident.ChannelId}>."));
    }

    [Test]
    public async Task List_RussianMember_IsRussianWithStatusAndCommander()
    {
        await StartAsync();
        await _bot.Requests.CommandAsync("list", "URU");
        var empty = await _bot.Requests.CommandAsync("список", "URU");
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("list", "URU");

        Assert.That(empty.Text, Is.EqualTo("Открытых инцидентов нет. :tada:"));
        Assert.That(answer.Text, Is.EqualTo(
            $"*Открытые инциденты (1)*\n*INC-1* · SEV1 · Расследование · <#{incident.ChannelId}> — Checkout is failing · командир <@U1>"));
    }

    [Test]
    public async Task Stats_RussianMember_CountsWithRussianPluralsAndExplainsTheMeans()
    {
        await StartAsync();
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Secret customer data thing");
        await ResolveSteps.DeclareAsync(_bot, "declare sev3 Typo on the status page");

        var answer = await _bot.Requests.CommandAsync("stats", "URU");
        var week = await _bot.Requests.CommandAsync("stats 1d", "URU");
        var bad = await _bot.Requests.CommandAsync("stats две недели", "URU");

        var text = MessageText.Of(answer.Json!["blocks"]!.ToJsonString());
        Assert.That(answer.Text, Is.EqualTo("За 30 дней — 3 инцидента"));
        Assert.That(week.Text, Is.EqualTo("За 1 день — 3 инцидента"));
        Assert.That(text, Does.Contain("*SEV1* · 2 инцидента (1 приватный, 2 открытых) · MTTA 0 с · MTTM — · MTTR —")
            .And.Contain("*SEV3* · 1 инцидент (1 открытый)")
            .And.Contain("*Всего* · 3 инцидента (1 приватный, 3 открытых)")
            .And.Contain("Пост-мортемы завершены: — (пока нет)")
            .And.Contain("Средние значения: MTTA — от объявления до первого подтверждённого вызова (до назначения командира инцидента"));
        Assert.That(text, Does.Not.Contain("Secret").And.Not.Contain("declared"));
        Assert.That(bad.Text, Does.StartWith("«две недели» — не период. Формат: `/incident stats [Nd]`, где N от 1 до 365"));
    }

    [Test]
    public async Task Declare_PastTheAllowance_RussianMember_CountsAndWaitsInRussian()
    {
        await StartAsync(("IncidentBot:DeclaresPerMember", "2"));
        await _bot.Requests.CommandAsync("declare sev2 Медленно грузится поиск", "URU");
        await _bot.Requests.CommandAsync("declare sev2 Не приходят письма", "URU");

        var refused = await _bot.Requests.CommandAsync("declare sev1 Не проходит оплата", "URU");

        Assert.That(refused.Text, Does.StartWith("Вы объявили 2 инцидента за последние 10 мин — это предел для одного человека")
            .And.Contain("Обратитесь к администратору или повторите через 10 мин (в <!date^"));
    }

    [Test]
    public async Task CommandFailsOnOurSide_RussianMember_IsToldInRussianAtOnce()
    {
        await StartAsync(s => s.AddSingleton<IIncidentCommand, FailingCommand>());

        var russian = await _bot.Requests.CommandAsync("fail", "URU");
        var english = await _bot.Requests.CommandAsync("fail", "U1");

        Assert.That(russian.Status, Is.EqualTo(200));
        Assert.That(russian.Text, Is.EqualTo("Извините, команда `/incident fail` не выполнилась из-за сбоя на нашей стороне. Ничего не изменено — попробуйте ещё раз."));
        Assert.That(english.Text, Is.EqualTo("Sorry, `/incident fail` failed on our side. Nothing was changed; please try again."));
    }

    /// <summary>A subcommand whose work fails, as a database or a bug would make any command fail.</summary>
    private sealed class FailingCommand : IIncidentCommand
    {
        public string Name => "fail";

        public bool NeedsIncidentChannel => false;

        public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) =>
            throw new InvalidOperationException("database is locked");
    }
}
