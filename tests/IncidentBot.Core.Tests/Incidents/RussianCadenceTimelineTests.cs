using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>
/// Reminders, escalations, role reminders, snoozes and the soak prompt on a Russian workspace's timeline, with the
/// count of missed updates in the right plural form.
/// </summary>
[TestFixture]
public sealed class RussianCadenceTimelineTests
{
    private static readonly TimeSpan Sev2Cadence = TimeSpan.FromMinutes(60);

    [TestCase(1, "после 1 пропущенного обновления", "после 2 пропущенных обновлений")]
    [TestCase(2, "после 2 пропущенных обновлений", "после 3 пропущенных обновлений")]
    [TestCase(5, "после 5 пропущенных обновлений", "после 6 пропущенных обновлений")]
    public async Task Escalations_SayTheMissedCountInItsPluralForm(int after, string toCommander, string toTarget)
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian, sev2EscalatesAfter: after);
        var incident = await f.DeclareAsync("sev2", "Не проходит оплата");

        await MissAsync(f, incident, after + 1);

        var texts = await f.TextsAsync(incident);
        Assert.That(texts, Does.Contain("Напоминание об обновлении: по графику SEV2 пора опубликовать обновление (пропущено: 1)"));
        Assert.That(texts, Does.Contain($"Эскалация: личное сообщение командиру инцидента <@U1> {toCommander}"));
        Assert.That(texts[^1], Is.EqualTo($"Эскалация на <!subteam^{TimelineWordsFixture.EscalationTarget}> {toTarget}"));
        RussianTimelineTests.AssertNoEnglish(texts);
    }

    [TestCase(1, "after 1 missed update")]
    [TestCase(2, "after 2 missed updates")]
    public async Task Escalations_InEnglish_CountWithoutBrackets(int after, string phrase)
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English, sev2EscalatesAfter: after);
        var incident = await f.DeclareAsync("sev2");

        await MissAsync(f, incident, after);

        var texts = await f.TextsAsync(incident);
        Assert.That(texts, Does.Contain("Update reminder: SEV2 update due (1 missed)"));
        Assert.That(texts[^1], Is.EqualTo($"Escalated to the Incident Commander <@U1> by DM {phrase}"));
    }

    [Test]
    public async Task RoleReminder_NamesTheEmptyRolesInRussian()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var incident = await f.DeclareAsync("sev0", "Не проходит оплата");
        f.Later(TimeSpan.FromMinutes(5));

        await f.RoleReminders.FireAsync(incident.Id);

        Assert.That((await f.TextsAsync(incident))[^1],
            Is.EqualTo("Напоминание о ролях 1 из 3: никто не назначен — Ответственный за коммуникации, Секретарь, Технический лидер"));
    }

    [Test]
    public async Task RoleReminder_InEnglish_StaysAsItWas()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev1");
        f.Later(TimeSpan.FromMinutes(5));

        await f.RoleReminders.FireAsync(incident.Id);

        Assert.That((await f.TextsAsync(incident))[^1], Is.EqualTo("Role reminder 1 of 3: Technical Lead still empty"));
    }

    [TestCase(10 * 60, "Напоминание об обновлении отложено на 10 мин")]
    [TestCase(90, "Напоминание об обновлении отложено на 90 с")]
    public async Task Snooze_IsRussian(int seconds, string expected)
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var incident = await f.DeclareAsync("sev1", "Не проходит оплата");

        await f.Snooze.SnoozeAsync(incident.Id, "U1", TimeSpan.FromSeconds(seconds));

        Assert.That((await f.TextsAsync(incident))[^1], Is.EqualTo(expected));
    }

    [Test]
    public async Task SoakPrompt_IsRussian()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var incident = await f.DeclareAsync("sev1", "Не проходит оплата");
        await f.Updates.PostAsync(new UpdateRequest(incident.Id, "u1", "U1", IncidentStatus.Monitoring, "Наблюдаем"));
        f.Later(TimeSpan.FromMinutes(15));

        await f.Soak.FireAsync(incident.Id);

        var texts = await f.TextsAsync(incident);
        Assert.That(texts[^1], Is.EqualTo("Наблюдение: стабильно весь контрольный период; предложено отметить инцидент решённым"));
        RussianTimelineTests.AssertNoEnglish(texts);
    }

    /// <summary>Lets <paramref name="count"/> update reminders fire, one cadence apart, with nobody updating.</summary>
    private static async Task MissAsync(TimelineWordsFixture f, Incident incident, int count)
    {
        for (var i = 0; i < count; i++)
        {
            f.Later(Sev2Cadence);
            Assert.That(await f.Reminders.FireAsync(incident.Id), Is.Not.Null, $"reminder {i + 1}");
        }
    }
}
