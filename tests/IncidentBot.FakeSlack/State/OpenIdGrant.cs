namespace IncidentBot.FakeSlack;

/// <summary>Who an OpenID code or user token stands for, and the redirect address and nonce it was issued with.</summary>
internal sealed record OpenIdGrant(string UserId, string TeamId, string Email, string Locale, string RedirectUri, string? Nonce);
