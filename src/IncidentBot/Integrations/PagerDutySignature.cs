using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Integrations;

/// <summary>
/// PagerDuty's v3 webhook signature (developer.pagerduty.com, "Verifying Signatures"): <c>X-PagerDuty-Signature</c>
/// holds one or more comma-separated <c>v1=&lt;hex HMAC-SHA256 of the raw body, keyed with the subscription's
/// secret&gt;</c> (several while a secret is being rotated); a delivery is genuine when any of them matches.
/// </summary>
public static class PagerDutySignature
{
    public const string Header = "X-PagerDuty-Signature";
    private const string Version = "v1=";

    /// <summary>Null when the signature matches; otherwise why not (for the 401 and the log).</summary>
    public static string? Verify(string secret, string? header, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrWhiteSpace(header))
        {
            return $"missing signature ({Header})";
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        var any = false;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith(Version, StringComparison.Ordinal) || part.Length != Version.Length + 64)
            {
                continue;
            }

            any = true;
            try
            {
                if (CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(part.AsSpan(Version.Length))))
                {
                    return null;
                }
            }
            catch (FormatException)
            {
                // Not hex: not a signature of ours.
            }
        }

        return any ? "the signature does not match the body" : "no v1 HMAC-SHA256 signature";
    }

    /// <summary>Signs as PagerDuty does: the header value for <paramref name="body"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Version + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
