namespace IncidentBot.Core.Configuration;

/// <summary>
/// Confluence Cloud (<c>IncidentBot__Confluence__…</c>): the site, the account and API token the bot publishes as, and
/// the space post-mortems are published in. Off until all four are set.
/// </summary>
public sealed class ConfluenceOptions
{
    /// <summary>The Confluence Cloud site, such as <c>https://example.atlassian.net</c> (the API is under <c>/wiki</c>).</summary>
    public string? BaseUrl { get; set; }

    public string? Email { get; set; }

    public string? ApiToken { get; set; }

    /// <summary>The key of the space post-mortem pages are created in, such as <c>OPS</c>.</summary>
    public string? SpaceKey { get; set; }

    public bool IsOn =>
        !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(ApiToken)
        && !string.IsNullOrWhiteSpace(SpaceKey);
}
