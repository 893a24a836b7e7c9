using System.Text;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>The v3 webhook signature: any one of the comma-separated v1 signatures matching the body is enough (a secret being rotated).</summary>
[TestFixture]
public sealed class PagerDutySignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"event\":{}}");

    [Test]
    public void Verify_OneOfSeveralSignaturesMatches_IsGenuine() =>
        Assert.That(PagerDutySignature.Verify("new", $"{PagerDutySignature.Sign("old", Body)}, {PagerDutySignature.Sign("new", Body)}", Body), Is.Null);

    [TestCase(null, "missing signature")]
    [TestCase("v0=abc", "no v1 HMAC-SHA256 signature")]
    [TestCase("v1=zz00000000000000000000000000000000000000000000000000000000000000", "does not match")]
    public void Verify_NoMatchingSignature_SaysWhy(string? header, string reason) =>
        Assert.That(PagerDutySignature.Verify("secret", header, Body), Does.Contain(reason));

    [Test]
    public void Verify_SignatureOfAnotherBody_DoesNotMatch() =>
        Assert.That(PagerDutySignature.Verify("secret", PagerDutySignature.Sign("secret", Encoding.UTF8.GetBytes("{}")), Body), Does.Contain("does not match"));
}
