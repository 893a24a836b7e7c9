namespace IncidentBot.Core.Incidents;

/// <summary>
/// A link a war room starts with (a runbook, a dashboard, the video bridge): configured as <c>https://…</c> or
/// <c>Title|https://…</c>; without a title, the address's host and path name it.
/// </summary>
public sealed record RunbookLink(string Title, Uri Url)
{
    /// <summary>Slack's limit on a bookmark's title.</summary>
    public const int TitleMax = 255;

    public static RunbookLink? Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var bar = configured.IndexOf('|', StringComparison.Ordinal);
        var title = bar > 0 ? configured[..bar].Trim() : "";
        var address = (bar >= 0 ? configured[(bar + 1)..] : configured).Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var name = title.Length > 0 ? title : (url.Host + url.AbsolutePath).TrimEnd('/');
        return new RunbookLink(name.Length > TitleMax ? name[..TitleMax] : name, url);
    }
}
