using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A workspace that runs its incidents in Russian (<c>IncidentBot__Language=ru</c>), and an English workspace with one
/// Russian-speaking member: every word the bot writes comes from the catalogue in the right language.
/// </summary>
public sealed class RussianWorkspaceTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Test]
    public async Task Lifecycle_WorkspaceRussian_EverythingTheBotWritesIsRussian()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(
            ("IncidentBot:Language", "ru"),
            ("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03"),
            ("IncidentBot:Severities:sev1:EscalationTarget", "S0ONCALL"),
            ("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        RussianPeople(_bot.Slack);

        var declared = await _bot.Requests.CommandAsync("объявить sev1 Оплата не проходит", "U1");
        await _bot.WaitForIdleAsync();
        var list = await _bot.Requests.CommandAsync("список", "U3");
        var incident = await OnlyOpenAsync();
        var channel = incident.ChannelId!;
        var status = await _bot.Requests.CommandAsync("статус", "U2", channel);
        var updated = await _bot.Requests.CommandAsync("обновить Откатили конфигурацию платёжного шлюза", "U1", channel);
        var note = await _bot.Requests.CommandAsync("заметка Графики ошибок вернулись к норме", "U2", channel);
        var role = await _bot.Requests.CommandAsync("role lead <@U2>", "U1", channel);
        await Eventually.TrueAsync(() => ReminderCount(incident) >= 1, TimeSpan.FromSeconds(10), "an update reminder");
        await Eventually.TrueAsync(() => ReminderCount(incident) >= 2, TimeSpan.FromSeconds(10), "an escalation");
        var formOpened = await _bot.Requests.CommandAsync("обновить", "U1", channel);
        await ResolveSteps.ResolveAsync(_bot, incident, summary: "Откатили конфигурацию", rootCause: "Неудачная выкладка конфигурации");
        var file = (await ResolveSteps.WaitForFilesAsync(_bot, channel, 1)).Single();
        var timeline = await _bot.Requests.CommandAsync("timeline", "U1", channel);

        var answers = new[] { declared, list, status, updated, note, role, formOpened, timeline }.Select(a => a.Text).ToList();
        Assert.That(answers, Has.None.Null);
        var markdown = ResolveSteps.Content(file);
        Assert.That(markdown, Does.Contain("Пост-мортем").And.Contain("Первопричина").And.Contain("Неудачная выкладка конфигурации"));
        Assert.That(_bot.Slack.State.Messages(channel).Select(m => m.Text), Has.Some.Contains("Оплата не проходит"));

        var leaks = EverythingWritten(_bot).Concat(answers.Select(a => (Where: "answer", Text: a)))
            .SelectMany(w => EnglishLeft.In(w.Text).Select(word => $"{w.Where}: \"{word}\" in {w.Text}"))
            .Distinct().ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks.Take(40)));
    }

    [Test]
    public async Task EnglishWorkspace_RussianMember_GetsRussianAnswersAndForms_WhileTheChannelStaysEnglish()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");

        var declared = await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "URU");
        await _bot.WaitForIdleAsync();
        var incident = await OnlyOpenAsync();
        var channel = incident.ChannelId!;
        var answer = await _bot.Requests.CommandAsync("update Rolled back the deploy", "URU", channel);
        var opened = await _bot.Requests.CommandAsync("update", "URU", channel);
        var unknown = await _bot.Requests.CommandAsync("severity sev9", "URU", channel);

        Assert.That(declared.Text, Does.Contain("INC-1"));
        foreach (var text in new[] { declared.Text, answer.Text, unknown.Text })
        {
            // The title is what the member typed, in English: only the bot's own words must be Russian.
            Assert.That(EnglishLeft.In(text.Replace("Checkout is failing", "", StringComparison.Ordinal)), Is.Empty, text);
        }

        var form = _bot.Slack.State.Views.Last(v => v.UserId == "URU" || v.TriggerId is not null);
        Assert.That(EnglishLeft.Visible(form.Json).SelectMany(t => EnglishLeft.In(t.Replace("Checkout is failing", "", StringComparison.Ordinal))),
            Is.Empty, form.Json);
        Assert.That(opened.Body, Is.Empty, "the update form opened");
        var brief = _bot.Slack.State.Message(channel, incident.BriefTs!)!;
        Assert.That(brief.Visible(), Does.Contain("Incident Commander").And.Contain("Checkout is failing"));
        Assert.That(_bot.Slack.State.Messages(channel).Select(m => m.Visible()), Has.None.Contains("Командир"));
    }

    [Test]
    public async Task SnoozeButton_RussianMember_IsAnsweredInRussian_AnEnglishMemberInEnglish()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "URU");
        await _bot.WaitForIdleAsync();
        var incident = await OnlyOpenAsync();
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await _bot.Requests.InteractionAsync(InteractionPayloads.BlockAction("URU", incident.ChannelId!, "snooze", id));
        await _bot.Requests.InteractionAsync(InteractionPayloads.BlockAction("U1", incident.ChannelId!, "snooze", id));
        // Each answer is ephemeral in the channel, or a DM to a clicker who is not in it.
        await Eventually.TrueAsync(() => ResolveSteps.NoticesTo(_bot, "URU").Length > 0 && ResolveSteps.NoticesTo(_bot, "U1").Length > 0,
            TimeSpan.FromSeconds(5), "an answer to each click");

        var russian = ResolveSteps.NoticesTo(_bot, "URU");
        var english = ResolveSteps.NoticesTo(_bot, "U1");
        Assert.That(russian, Does.Contain("Отложено"));
        Assert.That(EnglishLeft.In(russian.Replace("Checkout is failing", "", StringComparison.Ordinal)), Is.Empty, russian);
        Assert.That(english, Does.Not.Match("[а-я]"), english);
    }

    private async Task<Incident> OnlyOpenAsync() =>
        (await _bot.Services.GetRequiredServiceOf<Core.Storage.IncidentStore>().ListOpenAsync()).Single();

    private int ReminderCount(Incident incident) =>
        _bot.Slack.State.Messages(incident.ChannelId!).Count(m => m.MetadataEventType == "incident_reminder");

    private static void RussianPeople(FakeSlackServer slack)
    {
        slack.AddUser("U1", "alisa", "Алиса Абрамова", locale: "ru-RU");
        slack.AddUser("U2", "boris", "Борис Белов", locale: "ru-RU");
        slack.AddUser("U3", "vera", "Вера Волкова", locale: "ru-RU");
    }

    /// <summary>Every text the bot left anywhere in Slack: messages and their edits, ephemerals, forms, the Home tab, topics, purposes, files.</summary>
    private static IEnumerable<(string Where, string Text)> EverythingWritten(BotHarness bot)
    {
        var state = bot.Slack.State;
        foreach (var channel in state.Channels)
        {
            yield return ($"#{channel.Name} topic", channel.Topic.Value);
            yield return ($"#{channel.Name} purpose", channel.Purpose.Value);
            foreach (var message in state.Messages(channel.Id).Where(m => m.BotId is not null))
            {
                yield return ($"#{channel.Name} text", message.Text);
                foreach (var text in EnglishLeft.Visible(message.BlocksJson))
                {
                    yield return ($"#{channel.Name} blocks", text);
                }
            }
        }

        foreach (var user in state.Users)
        {
            foreach (var message in state.DirectMessages(user.Id))
            {
                yield return ($"DM {user.Id}", message.Text + "\n" + string.Join("\n", EnglishLeft.Visible(message.BlocksJson)));
            }
        }

        foreach (var ephemeral in state.Ephemerals)
        {
            yield return ($"ephemeral to {ephemeral.User}", ephemeral.Text + "\n" + string.Join("\n", EnglishLeft.Visible(ephemeral.BlocksJson)));
        }

        foreach (var view in state.Views.Concat(state.HomeViews.Values))
        {
            yield return ($"view {view.CallbackId}", string.Join("\n", EnglishLeft.Visible(view.Json)));
        }

        foreach (var file in state.Files)
        {
            yield return ($"file {file.Filename}", ResolveSteps.Content(file) + "\n" + file.Title + "\n" + file.InitialComment);
        }
    }
}
