using System.Diagnostics;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// What only the asker sees comes in their Slack locale's language when the bot speaks it, else the workspace's
/// (<c>IncidentBot__Language</c>): here <c>/incident help</c>, the unknown-subcommand answer and the locale lookup itself.
/// </summary>
public sealed class PersonLanguageTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");
        _bot.Slack.AddUser("UEN", "emma", "Emma Stone", locale: "en-US");
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Help_RussianLocale_IsRussian_WhileEnglishLocaleIsEnglish()
    {
        var russian = await _bot.Requests.CommandAsync("help", user: "URU");
        var english = await _bot.Requests.CommandAsync("help", user: "UEN");

        Assert.That(russian.Text, Does.Contain("ведите инцидент прямо в Slack")
            .And.Contain("`/incident declare [уровень] [--type &lt;тип&gt;] [название] [--private] [--ic]` (или `объявить`) — объявить инцидент")
            .And.Contain("_(в канале инцидента)_"));
        Assert.That(english.Text, Does.Contain("run your incident from Slack")
            .And.Contain("`/incident declare [severity] [--type &lt;key&gt;] [title] [--private] [--ic]` (also `объявить`) — declare an incident")
            .And.Not.Contain("ведите"));
        Assert.That(_bot.Slack.CallsTo("users.info").Select(c => c.Args.GetValueOrDefault("include_locale")), Has.All.EqualTo("true"));
    }

    [Test]
    public async Task Unknown_RussianLocale_IsRussianWithDidYouMean()
    {
        var answer = await _bot.Requests.CommandAsync("обнвить что-то", user: "URU");

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.StartWith("Не знаю команды `/incident обнвить`. Может быть, «обновить»?"));
    }

    [TestCase("помощь")]
    [TestCase("ПОМОЩЬ")]
    public async Task Alias_Help_AnswersHelp(string word)
    {
        var answer = await _bot.Requests.CommandAsync(word, user: "URU");

        Assert.That(answer.Text, Does.StartWith("*IncidentBot* — ведите инцидент прямо в Slack."));
    }

    [Test]
    public async Task Alias_StatusOutsideAnIncident_AnswersAsStatus()
    {
        var answer = await _bot.Requests.CommandAsync("статус", user: "UEN");

        Assert.That(answer.Text, Does.StartWith("`/incident status` works inside an incident channel."));
    }

    [Test]
    public async Task Help_LocaleKnown_IsLookedUpOnce()
    {
        await _bot.Requests.CommandAsync("help", user: "URU");
        await _bot.Requests.CommandAsync("xyzzy", user: "URU");
        var again = await _bot.Requests.CommandAsync("help", user: "URU");

        Assert.That(again.Text, Does.Contain("ведите инцидент"));
        Assert.That(_bot.Slack.CallsTo("users.info").Count(c => c.Args.GetValueOrDefault("user") == "URU"), Is.EqualTo(1));
    }

    [Test]
    public async Task Help_LookupFails_AnswersInTheWorkspaceLanguage()
    {
        _bot.Slack.Faults.Enqueue("users.info", Fault.SlackError("user_not_found"));

        var answer = await _bot.Requests.CommandAsync("help", user: "URU");

        Assert.That(answer.Text, Does.Contain("run your incident from Slack"));
    }

    [Test]
    public async Task Help_LookupHangs_AnswersInTheWorkspaceLanguageWithinTheBound()
    {
        _bot.Slack.Faults.Enqueue("users.info", Fault.HoldResponse(TimeSpan.FromSeconds(20)));
        var clock = Stopwatch.StartNew();

        var answer = await _bot.Requests.CommandAsync("help", user: "URU");

        Assert.That(answer.Text, Does.Contain("run your incident from Slack"));
        Assert.That(clock.Elapsed, Is.LessThan(PersonLanguages.Bound + TimeSpan.FromSeconds(1.5)), "Slack gives up on an answer after 3 s");
    }

    [Test]
    public async Task Help_WorkspaceRussian_LookupFails_AnswersInRussian()
    {
        var settings = new Dictionary<string, string?> { ["IncidentBot:Language"] = "ru" };
        await using var bot = await BotHarness.StartAsync(settings);
        bot.Slack.Faults.Enqueue("users.info", Fault.SlackError("user_not_found"));

        var answer = await bot.Requests.CommandAsync("help");

        Assert.That(answer.Text, Does.Contain("ведите инцидент прямо в Slack"));
    }
}
