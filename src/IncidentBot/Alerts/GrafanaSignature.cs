using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Alerts;

/// <summary>
/// Grafana's webhook signature (the contact point's "HMAC Signature" settings): the lowercase hex HMAC-SHA256, keyed with
/// the secret, of the raw body, or of <c>&lt;unix seconds&gt;:&lt;raw body&gt;</c> when a timestamp header is configured, the
/// seconds being that header's value. A signed time further than <see cref="Window"/> from now is refused, so a captured
/// delivery cannot be replayed later. Null answers mean valid; otherwise the reason, for the 401 and the log.
/// </summary>
public static class GrafanaSignature
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The header some Grafana releases sign under when the contact point's Header is left empty (their code's default),
    /// while the form suggests <see cref="HookOptions.SignatureHeader"/>'s default: with the default configured, either is read.
    /// </summary>
    public const string OlderDefaultHeader = "X-Grafana-Alert-Signature";

    private const string DefaultHeader = "X-Grafana-Alerting-Signature";
    private const int HexLength = 64;

    /// <summary>What can be checked before the body is read: the signature's presence and shape, and the time's freshness.</summary>
    public static string? CheckHeaders(HookOptions hook, IHeaderDictionary headers, DateTimeOffset now) =>
        CheckHeaders(hook, headers, now, out _, out _);

    public static string? Verify(HookOptions hook, IHeaderDictionary headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hook);
        if (CheckHeaders(hook, headers, now, out var timestamp, out var presented) is { } problem)
        {
            return problem;
        }

        var expected = Hash(hook.Secret!, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, presented) ? null : "the signature does not match the body";
    }

    /// <summary>Signs as Grafana does: the hex digest to send under the signature header.</summary>
    public static string Sign(string secret, string? timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Hash(secret, timestamp, body));

    private static string? CheckHeaders(HookOptions hook, IHeaderDictionary headers, DateTimeOffset now, out string? timestamp, out byte[] presented)
    {
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(headers);
        (timestamp, presented) = (null, []);
        var signature = headers[hook.SignatureHeader].ToString().Trim();
        if (signature.Length == 0 && string.Equals(hook.SignatureHeader, DefaultHeader, StringComparison.OrdinalIgnoreCase))
        {
            signature = headers[OlderDefaultHeader].ToString().Trim();
        }

        if (signature.Length == 0)
        {
            return $"missing signature ({hook.SignatureHeader})";
        }

        if (signature.Length != HexLength || !TryHex(signature, out presented))
        {
            return "the signature is not a hex HMAC-SHA256";
        }

        if (hook.TimestampHeader is not { Length: > 0 } timestampHeader)
        {
            return null;
        }

        timestamp = headers[timestampHeader].ToString().Trim();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return $"missing or malformed signing time ({timestampHeader})";
        }

        var signedAt = seconds > 0 && seconds < DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;
        return (signedAt - now).Duration() > Window ? "the signing time is more than 5 minutes from now" : null;
    }

    private static byte[] Hash(string secret, string? timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        if (timestamp is not null)
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + ":"));
        }

        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
