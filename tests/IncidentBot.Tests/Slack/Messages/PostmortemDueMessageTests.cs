using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>The post-mortem review reminder with the overdue action items under it.</summary>
public sealed class PostmortemDueMessageTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Due_NoOverdueItems_IsTheReminderAndTheButton()
    {
        var (_, blocks) = PostmortemMessages.Due(Words.English, Incident(), TimeSpan.FromHours(24), []);

        Assert.That(blocks.Select(b => b!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "section", "actions" }));
    }

    [Test]
    public void Due_OverdueItems_AreListedWithTheirOwnersBetweenReminderAndButton()
    {
        var (_, blocks) = PostmortemMessages.Due(Words.English, Incident(), TimeSpan.FromHours(24),
            [Item(1, "Add a canary", "U2", new DateOnly(2026, 11, 19)), Item(3, "Write the runbook", null, null)], 5);

        Assert.That(blocks.Select(b => b!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "section", "section", "actions" }));
        Assert.That(blocks[1]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo(
            "*2 action items are overdue* (past their due date, or not done within 5 business days):\n" +
            "• #1 Add a canary · <@U2> · due 2026-11-19 · P2\n" +
            "• #3 Write the runbook · _no owner_ · _no due date_ · P2"));
    }

    [Test]
    public void Due_ManyOverdueItems_ListsTheFirstTenAndCountsTheRest_InRussian()
    {
        var items = Enumerable.Range(1, 12).Select(n => Item(n, "Написать ранбук", null, null)).ToList();

        var (_, blocks) = PostmortemMessages.Due(Words.Russian, Incident(), TimeSpan.FromHours(24), items, 5);

        var listed = blocks[1]!["text"]!["text"]!.GetValue<string>().Split('\n');
        Assert.That(listed[0], Does.StartWith("*Просрочено 12 задач*"));
        Assert.That(listed.Count(l => l.StartsWith('•')), Is.EqualTo(PostmortemMessages.OverdueShown));
        Assert.That(listed[^1], Is.EqualTo("… и ещё 2: `/incident actions`"));
    }

    private static ActionItem Item(int n, string text, string? owner, DateOnly? due) =>
        new(100 + n, 1, n, text, owner, due, "p2", ActionItemState.Open, "U1", Declared);

    private static Incident Incident() => new()
    {
        Id = 1, Number = 3, Title = "Checkout is failing", SeverityKey = "sev1", Status = IncidentStatus.Resolved, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ResolvedAt = Declared.AddHours(1), ChannelId = "C1", Stage = IncidentStage.PostmortemDraft,
    };
}
