using IncidentBot.Core.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

[TestFixture]
public sealed class TimelineServiceTests
{
    private static readonly string[] ExpectedOrder = ["earliest", "Declared SEV1: Checkout is failing", "tie A", "tie B", "tie C", "now"];

    [Test]
    public async Task ListAsync_OrdersByOccurrenceTime_TiesInRecordOrder()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync(declarerIsCommander: false);
        var declaredAt = fixture.Time.GetUtcNow();
        fixture.Time.Advance(TimeSpan.FromMinutes(10));

        await fixture.Notes.AddNoteAsync(incident.Id, "U1", "tie A", declaredAt.AddMinutes(5));
        await fixture.Notes.AddNoteAsync(incident.Id, "U1", "earliest", declaredAt.AddMinutes(-30));
        await fixture.Notes.AddNoteAsync(incident.Id, "U1", "now", null);
        await fixture.Notes.AddNoteAsync(incident.Id, "U1", "tie B", declaredAt.AddMinutes(5));
        await fixture.Notes.AddNoteAsync(incident.Id, "U1", "tie C", declaredAt.AddMinutes(5));

        var texts = (await fixture.Timeline.ListAsync(incident.Id)).Select(e => e.Text);

        Assert.That(texts, Is.EqualTo(ExpectedOrder));
    }

    [Test]
    public async Task RecordMessageAsync_SameMessageTwice_RecordsItOnceAtItsOwnTime()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync();
        var postedAt = fixture.Time.GetUtcNow().AddMinutes(-3);
        var message = new RecordedMessage(incident.Id, "C1", "1700000000.000100", "U2", "Rolled back", "https://x/p1", postedAt);

        var first = await fixture.Notes.RecordMessageAsync(message);
        var second = await fixture.Notes.RecordMessageAsync(message with { Text = "edited later" });

        var pinned = (await fixture.Timeline.ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.PinnedMessage).ToList();
        Assert.That((first, second), Is.EqualTo((true, false)));
        Assert.That(pinned.Select(e => (e.Text, e.OccurredAt, e.UserId, e.Permalink)),
            Is.EqualTo(new[] { ("Rolled back", postedAt, (string?)"U2", (string?)"https://x/p1") }));
        Assert.That(await fixture.Notes.HasMessageAsync("C1", "1700000000.000100"), Is.True);
    }
}
