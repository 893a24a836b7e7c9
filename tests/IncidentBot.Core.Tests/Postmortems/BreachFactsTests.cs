using IncidentBot.Core.Breaches;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>The post-mortem's "Breach notification" section, compiled from hand-built facts.</summary>
public sealed class BreachFactsTests
{
    private static readonly BreachClock Clock = BreachClock.Of(new IncidentBotOptions(), "security")!;

    private static string Compile(BreachRecord? breach, Words? words = null) =>
        PostmortemCompiler.Compile(words ?? Words.English, SampleIncident.Input(zone: "UTC") with { Breach = breach });

    private static BreachState State(BreachDecision? decision = null, double? hours = null, int reminders = 0, bool deadlinePassed = false) => new()
    {
        IncidentId = 7,
        RemindersSent = reminders,
        Decision = decision,
        DecidedBy = decision is null ? null : "U2",
        DecidedAt = hours is { } h ? SampleIncident.Declared.AddHours(h) : null,
        Details = decision is null ? null : "Told the ICO at 10:00, ref 123",
        DeadlineAnnouncedAt = deadlinePassed ? SampleIncident.Declared.AddHours(72) : null,
    };

    [Test]
    public void Compile_Notified_ShowsDeadlineDecisionWhoWhenAndReminders()
    {
        var draft = Compile(new BreachRecord(Clock, State(BreachDecision.Notified, 30, reminders: 1)));

        Assert.That(draft, Does.Contain("## Breach notification"));
        Assert.That(draft, Does.Contain("- Deadline: 25 November 2026, 14:00 UTC (3 d 0 h after declaring)"));
        Assert.That(draft, Does.Contain("- Authorities notified: Told the ICO at 10:00, ref 123 (recorded by @U2, 23 November 2026, 20:00 UTC), 42 h before the deadline"));
        Assert.That(draft, Does.Contain("- Reminders sent: 1 of 3"));
    }

    [Test]
    public void Compile_NotRequiredAfterTheDeadline_SaysHowLate()
    {
        var draft = Compile(new BreachRecord(Clock, State(BreachDecision.NotRequired, 80, reminders: 3)));

        Assert.That(draft, Does.Contain("- Notification not required: Told the ICO at 10:00, ref 123 (recorded by @U2, 25 November 2026, 22:00 UTC), 8 h after the deadline"));
    }

    [Test]
    public void Compile_NothingRecordedAndDeadlinePassed_SaysSo() =>
        Assert.That(Compile(new BreachRecord(Clock, State(reminders: 3, deadlinePassed: true))), Does.Contain("- Nothing recorded, and the deadline passed"));

    [Test]
    public void Compile_NoClockAndNothingRecorded_HasNoSection()
    {
        Assert.That(Compile(new BreachRecord(null, State())), Does.Not.Contain("Breach notification"));
        Assert.That(Compile(null), Does.Not.Contain("Breach notification"));
    }

    [Test]
    public void Compile_InRussian_UsesTheRussianSection() =>
        Assert.That(Compile(new BreachRecord(Clock, State(BreachDecision.Notified, 30)), Words.Russian),
            Does.Contain("## Уведомление об утечке").And.Contain("Регулятор уведомлён: Told the ICO"));
}
