using IncidentBot.Core.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class SinceLastUpdateTests
{
    private static readonly DateTimeOffset Last = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);

    private static TimelineEntry Entry(int id, int minutes, TimelineKind kind, string text) =>
        new(id, 1, Last.AddMinutes(minutes), Last.AddMinutes(minutes), kind, text, "U1");

    [Test]
    public void Bullets_EntriesAfterTheLastUpdate_OneLineEachWithoutTheBotsBookkeeping()
    {
        var timeline = new[]
        {
            Entry(1, -5, TimelineKind.Note, "Before the last update"),
            Entry(2, 0, TimelineKind.StatusChanged, "Status: Investigating → Identified"),
            Entry(3, 3, TimelineKind.Note, "Rolled back\nv2.34"),
            Entry(4, 4, TimelineKind.ReminderSent, "Update reminder: SEV1 update due (1 missed)"),
            Entry(5, 6, TimelineKind.RoleAssigned, "<@U2> is Technical Lead"),
            Entry(6, 7, TimelineKind.UpdatePosted, "Update #2"),
        };

        Assert.That(SinceLastUpdate.Bullets(timeline, Last, 3000), Is.EqualTo("- Rolled back v2.34\n- <@U2> is Technical Lead"));
    }

    [Test]
    public void Bullets_MoreThanFit_KeepTheLatestWholeLinesInOrder()
    {
        var timeline = Enumerable.Range(1, 5).Select(i => Entry(i, i, TimelineKind.Note, $"Note {i}")).ToList();

        Assert.That(SinceLastUpdate.Bullets(timeline, Last, 20), Is.EqualTo("- Note 4\n- Note 5"));
    }

    [Test]
    public void Bullets_LongEntry_IsCutOutsideAMention()
    {
        var text = new string('x', SinceLastUpdate.MaxBullet - 5) + " <@U12345678|someone>";

        var bullet = SinceLastUpdate.Bullets([Entry(1, 1, TimelineKind.Note, text)], Last, 3000);

        Assert.That(bullet, Does.EndWith("x …"));
        Assert.That(bullet, Does.Not.Contain("<@"));
    }

    [TestCase("&amp;")]
    [TestCase("😀")]
    public void Bullets_LongEntry_IsCutOutsideAnEntityOrACharacter(string piece)
    {
        var text = new string('x', SinceLastUpdate.MaxBullet - 2) + piece + " after";

        var bullet = SinceLastUpdate.Bullets([Entry(1, 1, TimelineKind.Note, text)], Last, 3000);

        Assert.That(bullet, Does.EndWith("x…"), "half an entity shows as a stray '&am', half a surrogate pair as a broken character");
        Assert.That(bullet.Length, Is.LessThanOrEqualTo("- ".Length + SinceLastUpdate.MaxBullet));
    }
}
