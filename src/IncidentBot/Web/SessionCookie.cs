using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Web;

/// <summary>
/// Signs and reads the web view's cookies: a JSON value and an HMAC-SHA256 over the cookie's name and the value, with a
/// key derived from the client secret. The name in the signature binds each value to its purpose: the sign-in cookie,
/// given to anyone who starts signing in, never reads as a session. A cookie whose signature does not match, that is
/// malformed or has expired reads as nobody, and so does a session without a user or workspace.
/// </summary>
public sealed class SessionCookie(WebSettings settings, TimeProvider time)
{
    public const string SessionName = "incidentbot_session";
    public const string SignInName = "incidentbot_signin";

    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(settings.ClientSecret), 32,
        info: "IncidentBot web cookies"u8.ToArray());

    public string SignSession(WebSession session) => Sign(SessionName, session);

    public string SignSignIn(SignInState started) => Sign(SignInName, started);

    /// <summary>The signed-in session the request carries, or null.</summary>
    public WebSession? Session(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read<WebSession>(SessionName, request.Cookies[SessionName]) is { } session
            && !string.IsNullOrEmpty(session.UserId) && !string.IsNullOrEmpty(session.TeamId) && session.ExpiresAt > time.GetUtcNow()
            ? session : null;
    }

    /// <summary>The sign-in the request's browser started here, or null; whether it has expired is the caller's to check.</summary>
    public SignInState? SignIn(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read<SignInState>(SignInName, request.Cookies[SignInName]);
    }

    /// <summary>HTTP-only, same-site (lax: the return from Slack's sign-in is a top-level navigation), Secure over https.</summary>
    public CookieOptions Options(DateTimeOffset expires) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = settings.SecureCookies, Path = "/", Expires = expires, IsEssential = true,
    };

    private string Sign<T>(string name, T value)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value);
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(Mac(name, payload));
    }

    private T? Read<T>(string name, string? cookie)
        where T : class
    {
        var dot = cookie?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(cookie!, 0, dot);
            var mac = WebEncoders.Base64UrlDecode(cookie!, dot + 1, cookie!.Length - dot - 1);
            return CryptographicOperations.FixedTimeEquals(mac, Mac(name, payload)) ? JsonSerializer.Deserialize<T>(payload) : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The MAC over the cookie's name, a NUL (which no cookie name holds) and the value.</summary>
    private byte[] Mac(string name, byte[] payload)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(name) + 1 + payload.Length];
        var at = Encoding.UTF8.GetBytes(name, input);
        payload.CopyTo(input, at + 1);
        return HMACSHA256.HashData(_key, input);
    }
}
