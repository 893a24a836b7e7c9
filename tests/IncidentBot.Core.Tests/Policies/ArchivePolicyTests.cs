using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

public sealed class ArchivePolicyTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Resolved = Declared.AddHours(1);
    private static readonly DateTimeOffset Reviewed = Declared.AddDays(2);

    private static Incident Closed(IncidentOutcome? outcome = null) => new()
    {
        Id = 1, Number = 1, Title = "Checkout", SeverityKey = "sev1", Status = IncidentStatus.Resolved, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, ResolvedAt = Resolved, ChannelId = "C1", Stage = IncidentStage.Closed, Outcome = outcome,
    };

    private static readonly TimelineEntry[] Review = [new(1, 1, Reviewed, Reviewed, TimelineKind.PostmortemReviewed, "Reviewed", "U1")];

    [Test]
    public void Plan_ReviewedWithAWeek_NoticesADayBeforeAWeekAfterTheReview()
    {
        var plan = ArchivePolicy.Plan(Closed(), Review, TimeSpan.FromDays(7));

        Assert.That(plan, Is.EqualTo(new ArchivePlan(Reviewed.AddDays(6), Reviewed.AddDays(7))));
    }

    [Test]
    public void Plan_ShorterThanADay_NoticesAtOnce() =>
        Assert.That(ArchivePolicy.Plan(Closed(), Review, TimeSpan.FromHours(2)), Is.EqualTo(new ArchivePlan(Reviewed, Reviewed.AddHours(2))));

    [Test]
    public void Plan_Cancelled_CountsFromTheCancellation() =>
        Assert.That(ArchivePolicy.Plan(Closed(IncidentOutcome.Cancelled), [], TimeSpan.FromDays(3))!.ArchiveAt, Is.EqualTo(Resolved.AddDays(3)));

    [Test]
    public void Plan_NoArchiveWhenUnsetKeptArchivedOpenOrReviewPending()
    {
        Assert.That(ArchivePolicy.Plan(Closed(), Review, null), Is.Null, "unset");
        Assert.That(ArchivePolicy.Plan(Closed() with { ArchiveKeptBy = "U2" }, Review, TimeSpan.FromDays(7)), Is.Null, "kept");
        Assert.That(ArchivePolicy.Plan(Closed() with { ArchivedAt = Reviewed }, Review, TimeSpan.FromDays(7)), Is.Null, "archived");
        Assert.That(ArchivePolicy.Plan(Closed() with { Status = IncidentStatus.Investigating, Stage = IncidentStage.Active }, Review, TimeSpan.FromDays(7)),
            Is.Null, "reopened");
        Assert.That(ArchivePolicy.Plan(Closed() with { Stage = IncidentStage.PostmortemReview }, Review, TimeSpan.FromDays(7)), Is.Null, "review pending");
    }

    [Test]
    public void EndedAt_AReviewBeforeAReopening_DoesNotCount() =>
        Assert.That(ArchivePolicy.EndedAt(Closed() with { ResolvedAt = Reviewed.AddDays(1) }, Review), Is.Null);
}
