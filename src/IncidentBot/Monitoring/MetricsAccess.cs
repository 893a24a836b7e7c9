using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace IncidentBot.Monitoring;

/// <summary>
/// Who may read <c>/metrics</c>. With <c>IncidentBot__MetricsToken</c> set, only a request carrying
/// <c>Authorization: Bearer &lt;token&gt;</c>; unset, anyone who can reach the port (the README says to restrict it in
/// front of the bot then). The token is compared in constant time, as hashes of equal length, so neither its content
/// nor its length can be learnt from how long a refusal takes.
/// </summary>
public sealed class MetricsAccess
{
    /// <summary>The setting's key under <c>IncidentBot</c>.</summary>
    public const string TokenSetting = "MetricsToken";

    /// <summary>The shortest token taken: a short one could be guessed by anyone the port faces.</summary>
    public const int MinTokenLength = 16;

    private const string Scheme = "Bearer ";
    private readonly byte[]? _expected;

    public MetricsAccess(string? token) =>
        _expected = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static MetricsAccess From(IConfiguration config) => new(Token(config));

    /// <summary>The configured token, if any.</summary>
    public static string? Token(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config[$"IncidentBot:{TokenSetting}"] is { Length: > 0 } token ? token : null;
    }

    /// <summary>Whether a token is required.</summary>
    public bool RequiresToken => _expected is not null;

    public bool Admits(StringValues authorization)
    {
        if (_expected is null)
        {
            return true;
        }

        if (authorization.Count != 1 || authorization[0] is not { } header || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header.AsSpan(Scheme.Length).Trim().ToString()));
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }

    /// <summary>The problem with a configured token, if it has one: too short, or holding whitespace no header could carry.</summary>
    public static string? Problem(string? token) => token switch
    {
        null => null,
        { Length: < MinTokenLength } => $"is shorter than {MinTokenLength} characters: use a long random value, such as the output of `openssl rand -hex 32`.",
        _ when token.Any(char.IsWhiteSpace) => "contains whitespace: use a value without spaces, such as the output of `openssl rand -hex 32`.",
        _ => null,
    };
}
