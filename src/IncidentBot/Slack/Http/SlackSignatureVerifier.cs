using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Slack.Http;

/// <summary>
/// Verifies Slack's v0 request signature (HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>).
/// Fails closed: without a signing secret nothing is valid.
/// </summary>
public sealed class SlackSignatureVerifier
{
    private const string Prefix = "v0=";
    private const int HashHexLength = 64;
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    private readonly byte[]? _secret;
    private readonly TimeProvider _time;

    public SlackSignatureVerifier(string? signingSecret, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _secret = string.IsNullOrEmpty(signingSecret) ? null : Encoding.UTF8.GetBytes(signingSecret);
        _time = timeProvider;
    }

    /// <summary>
    /// Checks what can be checked before the body arrives: a secret to verify with, a fresh well-formed timestamp and a
    /// well-formed signature. A request failing here is refused without reading a byte of its body.
    /// </summary>
    public SignatureCheck CheckHeaders(string? signatureHeader, string? timestampHeader) =>
        CheckHeaders(signatureHeader, timestampHeader, out _, out _);

    public SignatureCheck Verify(string? signatureHeader, string? timestampHeader, ReadOnlySpan<byte> rawBody)
    {
        var headers = CheckHeaders(signatureHeader, timestampHeader, out var timestamp, out var presented);
        if (headers != SignatureCheck.Valid)
        {
            return headers;
        }

        var expected = ComputeHash(_secret!, timestamp, rawBody);
        return CryptographicOperations.FixedTimeEquals(expected, presented)
            ? SignatureCheck.Valid
            : SignatureCheck.Mismatch;
    }

    private SignatureCheck CheckHeaders(string? signatureHeader, string? timestampHeader, out long timestamp, out byte[] presented)
    {
        (timestamp, presented) = (0, []);
        if (_secret is null)
        {
            return SignatureCheck.MissingSecret;
        }

        if (string.IsNullOrEmpty(signatureHeader))
        {
            return SignatureCheck.MissingSignature;
        }

        if (string.IsNullOrEmpty(timestampHeader))
        {
            return SignatureCheck.MissingTimestamp;
        }

        var timestampCheck = CheckTimestamp(timestampHeader, out timestamp);
        if (timestampCheck != SignatureCheck.Valid)
        {
            return timestampCheck;
        }

        return TryDecode(signatureHeader, out presented) ? SignatureCheck.Valid : SignatureCheck.MalformedSignature;
    }

    /// <summary>Signs a body the way Slack does: <c>"v0=" + lowercase hex HMAC-SHA256</c>.</summary>
    public static string Sign(string signingSecret, long timestamp, ReadOnlySpan<byte> rawBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        var hash = ComputeHash(Encoding.UTF8.GetBytes(signingSecret), timestamp, rawBody);
        return Prefix + Convert.ToHexStringLower(hash);
    }

    private SignatureCheck CheckTimestamp(string header, out long timestamp)
    {
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var window = (long)ReplayWindow.TotalSeconds;
        if (timestamp < now - window)
        {
            return SignatureCheck.StaleTimestamp;
        }

        return timestamp > now + window ? SignatureCheck.FutureTimestamp : SignatureCheck.Valid;
    }

    private static bool TryDecode(string header, out byte[] hash)
    {
        hash = [];
        if (!header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + HashHexLength)
        {
            return false;
        }

        try
        {
            hash = Convert.FromHexString(header.AsSpan(Prefix.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] ComputeHash(byte[] secret, long timestamp, ReadOnlySpan<byte> rawBody)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(prefix);
        hmac.AppendData(rawBody);
        return hmac.GetHashAndReset();
    }
}
