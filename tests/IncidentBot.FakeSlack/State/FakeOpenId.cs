using System.Collections.Concurrent;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Sign in with Slack as the fake plays it: the app's client credentials, who approves the next authorization (Slack's
/// consent screen, decided by the test), the one-time codes it hands out and the user tokens they are exchanged for.
/// </summary>
public sealed class FakeOpenId
{
    private readonly ConcurrentDictionary<string, OpenIdGrant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OpenIdGrant> _tokens = new(StringComparer.Ordinal);
    private volatile OpenIdGrant? _approver;

    public string ClientId { get; init; } = "1111.2222";

    public string ClientSecret { get; init; } = "fake-openid-client-secret";

    /// <summary>The next authorization is approved as this user of this workspace (the fake's own when null).</summary>
    public void SignInAs(string userId, string teamId, string? email = null, string? locale = null) =>
        _approver = new OpenIdGrant(userId, teamId, email ?? $"{userId.ToLowerInvariant()}@example.com", locale ?? "en-US", string.Empty, null);

    /// <summary>Hands out a one-time code for the approver, bound to the redirect address; null when nobody approves.</summary>
    internal string? Approve(string redirectUri, string? nonce)
    {
        if (_approver is not { } who)
        {
            return null;
        }

        var code = "code-" + Guid.NewGuid().ToString("N");
        _codes[code] = who with { RedirectUri = redirectUri, Nonce = nonce };
        return code;
    }

    /// <summary>Spends a code (once) for a user token; null when the code is unknown, spent or for another address.</summary>
    internal (string Token, OpenIdGrant Grant)? Exchange(string code, string redirectUri)
    {
        if (!_codes.TryRemove(code, out var grant) || grant.RedirectUri != redirectUri)
        {
            return null;
        }

        var token = "xoxp-" + Guid.NewGuid().ToString("N");
        _tokens[token] = grant;
        return (token, grant);
    }

    internal OpenIdGrant? Holder(string token) => _tokens.GetValueOrDefault(token);
}
