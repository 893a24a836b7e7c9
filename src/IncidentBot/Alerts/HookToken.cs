using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Alerts;

/// <summary>
/// The intake's bearer token check: <c>Authorization: Bearer &lt;token&gt;</c>, compared in constant time (both sides
/// hashed first, so neither the token's content nor its length shows in the time taken).
/// </summary>
public static class HookToken
{
    private const string Scheme = "Bearer ";

    public static bool Matches(string? authorization, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
