using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>How a reminder says when the incident was last heard of, reopenings included.</summary>
public sealed class ReminderMessageTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void LastUpdate_NoUpdateYet_CountsFromTheDeclaration() =>
        Assert.That(Say(updates: 0, lastUpdate: null, anchor: Declared, fired: Declared.AddMinutes(31)),
            Is.EqualTo("no update since it was declared 31 min ago"));

    [Test]
    public void LastUpdate_AfterAnUpdate_CountsFromIt() =>
        Assert.That(Say(updates: 2, lastUpdate: Declared.AddHours(1), anchor: Declared.AddHours(1), fired: Declared.AddHours(1).AddMinutes(31)),
            Is.EqualTo("last update 31 min ago"));

    [Test]
    public void LastUpdate_AfterAReopening_NamesTheLastUpdateAndTheReopening()
    {
        var reopened = Declared.AddDays(3);

        Assert.That(Say(updates: 2, lastUpdate: Declared.AddHours(1), anchor: reopened, fired: reopened.AddMinutes(15)),
            Is.EqualTo("last update 2 d 23 h ago, reopened 15 min ago"));
    }

    [Test]
    public void LastUpdate_ReopenedBeforeAnyUpdate_NamesTheDeclarationAndTheReopening()
    {
        var reopened = Declared.AddHours(2);

        Assert.That(Say(updates: 0, lastUpdate: null, anchor: reopened, fired: reopened.AddMinutes(15)),
            Is.EqualTo("no update since it was declared 2 h 15 min ago, reopened 15 min ago"));
    }

    [Test]
    public void LastUpdate_AnUpdatePostedSinceItFired_IsNotTheOneItRemindsOf() =>
        Assert.That(Say(updates: 3, lastUpdate: Declared.AddHours(2), anchor: Declared.AddHours(1), fired: Declared.AddHours(1).AddMinutes(30)),
            Is.EqualTo("last update 30 min ago"));

    private static string Say(int updates, DateTimeOffset? lastUpdate, DateTimeOffset anchor, DateTimeOffset fired)
    {
        var incident = new Incident
        {
            Id = 1, Number = 1, Title = "Checkout is failing", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
            DeclaredBy = "U1", DeclaredAt = Declared,
            UpdateCount = updates, LastUpdateAt = lastUpdate,
        };
        return ReminderMessage.LastUpdate(Words.English, incident, new ReminderPayload(1, anchor.ToUnixTimeMilliseconds(), fired, anchor, EscalationStep.None));
    }
}
