namespace IncidentBot.Web;

/// <summary>
/// The web view's settings (<c>IncidentBot:Web</c>): the Slack app's OpenID client id and secret and the address people
/// reach the bot at. Without all three the web view is off and its pages answer 404.
/// </summary>
public sealed record WebSettings(string ClientId, string ClientSecret, Uri? PublicUrl)
{
    /// <summary>How long a sign-in lasts.</summary>
    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(12);

    public bool IsOn => ClientId.Length > 0 && ClientSecret.Length > 0 && PublicUrl is not null;

    /// <summary>Where Slack sends the browser back after sign-in.</summary>
    public Uri RedirectUrl => new(PublicUrl!, "web/callback");

    /// <summary>Cookies are marked Secure when people reach the bot over https.</summary>
    public bool SecureCookies => PublicUrl?.Scheme == Uri.UriSchemeHttps;

    /// <summary>The web view's settings checked at start: all three or none, and an http(s) public address. Secrets are never repeated.</summary>
    public static IEnumerable<string> Problems(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection("IncidentBot:Web");
        var url = section["PublicUrl"]?.Trim();
        var given = new[] { section["ClientId"], section["ClientSecret"], url }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given is > 0 and < 3)
        {
            yield return "IncidentBot__Web__ClientId, __ClientSecret and __PublicUrl are set only in part: the web view needs all three " +
                "(the Slack app's client id and secret, and the address people reach the bot at), or none to leave it off.";
        }

        if (!string.IsNullOrWhiteSpace(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)))
        {
            yield return $"IncidentBot__Web__PublicUrl \"{url}\" is not an http(s) address such as https://incidents.example.com/.";
        }
    }

    public static WebSettings From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection("IncidentBot:Web");
        var url = section["PublicUrl"]?.Trim();
        Uri? publicUrl = null;
        if (!string.IsNullOrEmpty(url) && Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var parsed))
        {
            publicUrl = parsed;
        }

        return new WebSettings(section["ClientId"]?.Trim() ?? string.Empty, section["ClientSecret"]?.Trim() ?? string.Empty, publicUrl);
    }
}
