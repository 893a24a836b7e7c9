using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Web;

/// <summary>
/// Signs and reads the web view's cookies: a JSON value and an HMAC-SHA256 over it with a key derived from the client
/// secret. A cookie whose signature does not match, that is malformed or has expired reads as nobody.
/// </summary>
public sealed class SessionCookie(WebSettings settings, TimeProvider time)
{
    public const string SessionName = "incidentbot_session";
    public const string SignInName = "incidentbot_signin";

    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(settings.ClientSecret), 32,
        info: "IncidentBot web cookies"u8.ToArray());

    public string Sign<T>(T value)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value);
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    public T? Read<T>(string? cookie)
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
            return CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key, payload)) ? JsonSerializer.Deserialize<T>(payload) : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The signed-in session the request carries, or null.</summary>
    public WebSession? Session(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read<WebSession>(request.Cookies[SessionName]) is { } session && session.ExpiresAt > time.GetUtcNow() ? session : null;
    }

    /// <summary>HTTP-only, same-site (lax: the return from Slack's sign-in is a top-level navigation), Secure over https.</summary>
    public CookieOptions Options(DateTimeOffset expires) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = settings.SecureCookies, Path = "/", Expires = expires, IsEssential = true,
    };
}
