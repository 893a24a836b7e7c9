namespace IncidentBot.Core.Configuration;

/// <summary>
/// Zoom (<c>IncidentBot__Zoom__…</c>): the Server-to-Server OAuth app whose account creates a meeting as the video bridge
/// of incidents declared at <see cref="Severities"/>; off until the account id, client id and client secret are all set.
/// </summary>
public sealed class ZoomOptions
{
    public const string DefaultBaseUrl = "https://api.zoom.us/v2";

    public const string DefaultOAuthUrl = "https://zoom.us/oauth/token";

    public string? AccountId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The rungs declared incidents of which get a Zoom meeting (<c>sev0,sev1</c>); unset: the ladder's worst two.</summary>
    public IReadOnlyList<string> Severities { get; set; } = [];

    /// <summary>Zoom's API; <c>https://</c> unless on a loopback address.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Where access tokens come from; <c>https://</c> unless on a loopback address.</summary>
    public string OAuthUrl { get; set; } = DefaultOAuthUrl;

    public bool CreatesMeetings =>
        !string.IsNullOrWhiteSpace(AccountId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
