using IncidentBot.Core.Policies;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

public sealed class ChannelNamerTests
{
    private static readonly DateOnly Date = new(2026, 11, 24);

    [TestCase("Checkout is failing", "incident-2026-11-24-checkout-is-failing")]
    [TestCase("  API: 500s -- on /v2/orders!! ", "incident-2026-11-24-api-500s-on-v2-orders")]
    [TestCase("Оплата не проходит", "incident-2026-11-24-oplata-ne-prokhodit")]
    [TestCase("Zahlungsausfall für Überweisungen", "incident-2026-11-24-zahlungsausfall-fur-uberweisungen")]
    [TestCase("支付失败", "incident-2026-11-24-zhifushibai")]
    public void Build_Title_GivesLowercaseAsciiSlug(string title, string expected) =>
        Assert.That(ChannelNamer.Build(Date, title, 42), Is.EqualTo(expected));

    [TestCase("!!! ???")]
    [TestCase("🔥🔥🔥")]
    public void Build_TitleWithNoLettersOrDigits_FallsBackToTheIncidentNumber(string title) =>
        Assert.That(ChannelNamer.Build(Date, title, 42), Does.StartWith("incident-2026-11-24-").And.Not.EndWith("-"));

    [Test]
    public void Build_SecondAttempt_AppendsSuffix() =>
        Assert.That(ChannelNamer.Build(Date, "Checkout is failing", 42, attempt: 2), Is.EqualTo("incident-2026-11-24-checkout-is-failing-2"));

    [Test]
    public void Build_LongTitle_CutsOnAWordBoundaryLeavingRoomForASuffix()
    {
        var name = ChannelNamer.Build(Date, string.Join(' ', Enumerable.Repeat("replication", 20)), 42, attempt: 999);

        Assert.That(name.Length, Is.LessThanOrEqualTo(ChannelNamer.MaxLength));
        Assert.That(name, Does.Match("^incident-2026-11-24-(replication-)+999$"));
    }

    [Test]
    public void Build_OneHugeWord_IsCutToFit()
    {
        var name = ChannelNamer.Build(Date, new string('a', 140), 42, attempt: 12);

        Assert.That(name.Length, Is.LessThanOrEqualTo(ChannelNamer.MaxLength));
        Assert.That(name, Does.Match("^[a-z0-9-]+$"));
    }

    [Test]
    public void Build_AnyTitle_OnlyUsesSlackChannelCharacters()
    {
        foreach (var title in new[] { "ÆØÅ æøå", "Ошибка 502 в API", "emoji 🚨 alert", "tab\tand\nnewline", "under_score" })
        {
            Assert.That(ChannelNamer.Build(Date, title, 7), Does.Match("^[a-z0-9-]{1,80}$"), title);
        }
    }
}
