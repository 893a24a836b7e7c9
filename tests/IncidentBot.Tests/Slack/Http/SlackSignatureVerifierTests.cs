using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Http;
using IncidentBot.Tests.Slack.Api;
using Microsoft.Extensions.Time.Testing;
using IncidentBot.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Http;

[TestFixture]
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "test-signing-secret";
    private const long Now = 1_700_000_000;
    private const string NowText = "1700000000";
    private static readonly byte[] Body = "token=x&command=%2Fincident&text=declare"u8.ToArray();

    [Test]
    public void SignedBySlack_ReturnsValid() =>
        Assert.That(Verify(Sign(Now), NowText), Is.EqualTo(SignatureCheck.Valid));

    [TestCase(null)]
    [TestCase("")]
    public void NoSecret_ReturnsMissingSecret(string? secret) =>
        Assert.That(CreateSut(secret).Verify(Sign(Now), NowText, Body), Is.EqualTo(SignatureCheck.MissingSecret));

    [TestCase(null)]
    [TestCase("")]
    public void NoSignature_ReturnsMissingSignature(string? signature) =>
        Assert.That(Verify(signature, NowText), Is.EqualTo(SignatureCheck.MissingSignature));

    [TestCase(null)]
    [TestCase("")]
    public void NoTimestamp_ReturnsMissingTimestamp(string? timestamp) =>
        Assert.That(Verify(Sign(Now), timestamp), Is.EqualTo(SignatureCheck.MissingTimestamp));

    [TestCase("abc")]
    [TestCase("-1700000000")]
    [TestCase(" 1700000000")]
    [TestCase("1700000000.5")]
    [TestCase("99999999999999999999999")]
    public void NonNumericTimestamp_ReturnsMalformedTimestamp(string timestamp) =>
        Assert.That(Verify(Sign(Now), timestamp), Is.EqualTo(SignatureCheck.MalformedTimestamp));

    [Test]
    public void TimestampOlderThanFiveMinutes_ReturnsStaleTimestamp() =>
        Assert.That(Verify(Sign(Now - 301), Ts(Now - 301)), Is.EqualTo(SignatureCheck.StaleTimestamp));

    [Test]
    public void TimestampExactlyFiveMinutesOld_ReturnsValid() =>
        Assert.That(Verify(Sign(Now - 300), Ts(Now - 300)), Is.EqualTo(SignatureCheck.Valid));

    [Test]
    public void TimestampMoreThanFiveMinutesAhead_ReturnsFutureTimestamp() =>
        Assert.That(Verify(Sign(Now + 301), Ts(Now + 301)), Is.EqualTo(SignatureCheck.FutureTimestamp));

    [TestCase("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [TestCase("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [TestCase("v0=a2114d57")]
    [TestCase("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void SignatureNotV0Hex_ReturnsMalformedSignature(string signature) =>
        Assert.That(Verify(signature, NowText), Is.EqualTo(SignatureCheck.MalformedSignature));

    [Test]
    public void BodyTamperedAfterSigning_ReturnsMismatch() =>
        Assert.That(
            CreateSut(Secret).Verify(Sign(Now), NowText, "token=x&command=%2Fincident&text=resolve"u8),
            Is.EqualTo(SignatureCheck.Mismatch));

    [Test]
    public void SignedWithOtherSecret_ReturnsMismatch() =>
        Assert.That(
            Verify(SlackSignatureVerifier.Sign("other-secret", Now, Body), NowText),
            Is.EqualTo(SignatureCheck.Mismatch));

    [Test]
    public void SignedForOtherTimestamp_ReturnsMismatch() =>
        Assert.That(Verify(Sign(Now - 1), NowText), Is.EqualTo(SignatureCheck.Mismatch));

    [TestCase(null, NowText, SignatureCheck.MissingSignature)]
    [TestCase("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", null, SignatureCheck.MissingTimestamp)]
    [TestCase("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "abc", SignatureCheck.MalformedTimestamp)]
    [TestCase("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "1699999699", SignatureCheck.StaleTimestamp)]
    [TestCase("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "1700000301", SignatureCheck.FutureTimestamp)]
    [TestCase("v0=a2114d57", NowText, SignatureCheck.MalformedSignature)]
    public void CheckHeaders_BeforeTheBody_RefusesWhatTheHeadersAlreadyShow(string? signature, string? timestamp, SignatureCheck expected) =>
        Assert.That(CreateSut(Secret).CheckHeaders(signature, timestamp), Is.EqualTo(expected));

    [Test]
    public void CheckHeaders_FreshWellFormedButWrongSignature_IsLeftForTheBody() =>
        Assert.That(CreateSut(Secret).CheckHeaders("v0=" + new string('0', 64), NowText), Is.EqualTo(SignatureCheck.Valid));

    [Test]
    public void CheckHeaders_NoSecret_ReturnsMissingSecret() =>
        Assert.That(CreateSut(null).CheckHeaders(Sign(Now), NowText), Is.EqualTo(SignatureCheck.MissingSecret));

    [Test]
    public void SlackDocsWorkedExample_AtItsTime_ReturnsValid()
    {
        var example = JsonNode.Parse(SharedFixtures.ReadText("slack-docs-examples/signing__v0_worked_example.json"))!;
        var at = DateTimeOffset.FromUnixTimeSeconds(example["verify_at_unix_time"]!.GetValue<long>());
        var body = Encoding.UTF8.GetBytes(example["raw_body"]!.GetValue<string>());
        var expected = example["expected_signature"]!.GetValue<string>();
        var timestamp = example["timestamp"]!.GetValue<string>();
        var sut = CreateSut(example["signing_secret"]!.GetValue<string>(), at);

        Assert.Multiple(() =>
        {
            Assert.That(sut.Verify(expected, timestamp, body), Is.EqualTo(SignatureCheck.Valid));
            Assert.That(SlackSignatureVerifier.Sign(example["signing_secret"]!.GetValue<string>(), long.Parse(timestamp, CultureInfo.InvariantCulture), body), Is.EqualTo(expected));
        });
    }

    private static string Ts(long timestamp) => timestamp.ToString(CultureInfo.InvariantCulture);

    private static string Sign(long timestamp) => SlackSignatureVerifier.Sign(Secret, timestamp, Body);

    private static SignatureCheck Verify(string? signature, string? timestamp) =>
        CreateSut(Secret).Verify(signature, timestamp, Body);

    private static SlackSignatureVerifier CreateSut(string? secret, DateTimeOffset? now = null) =>
        new(secret, new FakeTimeProvider(now ?? DateTimeOffset.FromUnixTimeSeconds(Now)));
}
