using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

public sealed class TitleSimilarityTests
{
    private static OpenTitle Open(int number, string title) => new(number, TitleSimilarity.Key(title));

    [TestCase("Checkout failing")]
    [TestCase("checkout is FAILING!")]
    [TestCase("Checkout is failing again")]
    public void MostSimilar_NearIdenticalTitle_FindsTheOpenIncident(string title) =>
        Assert.That(TitleSimilarity.MostSimilar(title, [Open(41, "Checkout is failing")]), Is.EqualTo(41));

    [TestCase("Search latency high")]
    [TestCase("Checkout page typo")]
    public void MostSimilar_DifferentTitle_FindsNothing(string title) =>
        Assert.That(TitleSimilarity.MostSimilar(title, [Open(41, "Checkout is failing")]), Is.Null);

    [Test]
    public void MostSimilar_SeveralCandidates_PicksTheClosest() =>
        Assert.That(TitleSimilarity.MostSimilar("Payments API errors",
            [Open(1, "Payments API slow"), Open(2, "Payments API errors spiking")]), Is.EqualTo(2));
}
