using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>With a Russian workspace, the timeline of an incident's life reads in Russian from the first entry to the last.</summary>
[TestFixture]
public sealed partial class RussianTimelineTests
{
    private const string Title = "Не проходит оплата";

    [Test]
    public async Task DeclareRolesUpdateSeverityResolveReopen_AreRussian()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var incident = await f.DeclareAsync("sev1", Title);
        await f.Core.Roles.AssignAsync(new RoleAssignment(incident.Id, "lead", "U2", "U1"));
        await f.Core.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U3", "U1"));
        await f.Core.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U4", TimelineWordsFixture.Admin));
        await f.Updates.PostAsync(new UpdateRequest(incident.Id, "u1", "U2", IncidentStatus.Mitigating, "Откатываем релиз"));
        await f.Severities.ChangeAsync(incident.Id, "U4", f.Core.Ladder.Get("sev0"), "ошибки растут");
        f.Later(TimeSpan.FromMinutes(72));
        await f.Resolutions.ResolveAsync(new ResolveRequest(incident.Id, "U4", "Откатили релиз", null, true, false, "r1"));
        await f.Resolutions.ReopenAsync(incident.Id, "U4");

        var texts = await f.TextsAsync(incident);

        Assert.That(texts, Is.EqualTo(new[]
        {
            $"Объявлен SEV1: {Title}",
            "Командир инцидента: <@U1>",
            "Технический лидер: <@U2> (по решению <@U1>)",
            "Командир инцидента: <@U3> вместо <@U1>",
            "Командир инцидента: <@U4> вместо <@U3> (по решению <@U9>)",
            "Расследование → Устранение",
            "Обновление №1 (Устранение): Откатываем релиз",
            "SEV1 → SEV0: ошибки растут",
            "Решено через 1 ч 12 мин: Откатили релиз",
            "Открыт повторно; возвращаемся к расследованию",
        }));
        AssertNoEnglish(texts);
    }

    [Test]
    public async Task LinksAndActionItems_AreRussian()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var first = await f.DeclareAsync("sev2", Title);
        var second = await f.DeclareAsync("sev2", "Медленные платежи");
        await f.Links.LinkAsync(second.Id, first.Number, "U1");
        var added = await f.Actions.AddAsync(new NewActionItem(second.Id, "Добавить канареечный релиз", "U2", new DateOnly(2026, 12, 1), "p1", "U1", "a1"));
        await f.Actions.MarkDoneAsync(added.Item.Id, "U2");
        await f.Resolutions.ResolveAsync(new ResolveRequest(first.Id, "U1", "Откатили релиз", null, true, false, "r1"));

        var texts = await f.TextsAsync(second);

        Assert.That(texts.TakeLast(4), Is.EqualTo(new[]
        {
            $"Связан с INC-1: {Title}",
            "Добавлена задача №1: Добавить канареечный релиз · ответственный <@U2> · срок 2026-12-01 · P1",
            "Задача №1 выполнена: Добавить канареечный релиз",
            "Связанный инцидент INC-1 решён",
        }));
        AssertNoEnglish(texts);
    }

    [Test]
    public void LinkedIncident_Private_IsSaidInRussian() =>
        Assert.That(new LinkedIncident(7, "secret", true).Describe(Words.Russian), Is.EqualTo("INC-7 (закрытый)"));

    [Test]
    public async Task English_StaysAsItWas()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev1");
        await f.Core.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U4", TimelineWordsFixture.Admin));
        await f.Updates.PostAsync(new UpdateRequest(incident.Id, "u1", "U2", IncidentStatus.Mitigating, "Rolling back"));
        f.Later(TimeSpan.FromMinutes(72));
        await f.Resolutions.ResolveAsync(new ResolveRequest(incident.Id, "U4", "Rolled back", null, true, false, "r1"));

        Assert.That(await f.TextsAsync(incident), Is.EqualTo(new[]
        {
            "Declared SEV1: Checkout is failing",
            "<@U1> took Incident Commander",
            "Incident Commander handed over from <@U1> to <@U4> by <@U9>",
            "Investigating → Mitigating",
            "Update #1 (Mitigating): Rolling back",
            "Resolved after 1 h 12 min: Rolled back",
        }));
    }

    /// <summary>What is left of each text without mentions, codes (SEV1, INC-1, P1) and ISO dates has no Latin letters.</summary>
    internal static void AssertNoEnglish(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.That(NotWords().Replace(text, ""), Does.Not.Match("[A-Za-z]"), text);
        }
    }

    [GeneratedRegex(@"<[^>]*>|\bSEV\d\b|\bINC-\d+\b|\bP\d\b")]
    private static partial Regex NotWords();
}
