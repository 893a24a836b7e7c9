using IncidentBot.Core.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks Atlassian Statuspage's settings at start, one line each: an API address that is <c>https://</c> (plain http
/// only to a loopback address), the key and the page id given together, and a component map that names our components.
/// </summary>
public static class StatuspageSyncSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        var page = options.StatusPage;
        var at = $"{prefix}__Statuspage__";
        if (!(Uri.TryCreate(page.BaseUrl, UriKind.Absolute, out var url)
              && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
        {
            yield return $"{at}BaseUrl \"{page.BaseUrl}\" is not an https:// address such as {StatusPageOptions.DefaultBaseUrl} " +
                "(plain http only to a loopback address).";
        }

        var key = !string.IsNullOrWhiteSpace(page.ApiKey);
        var id = !string.IsNullOrWhiteSpace(page.PageId);
        if (key != id)
        {
            yield return key
                ? $"{at}ApiKey is set but {at}PageId is not: set the id of the Statuspage page to publish to."
                : $"{at}PageId is set but {at}ApiKey is not: set an API key of the Statuspage account.";
        }

        if (page.ComponentMap.Count > 0 && !page.PublishesToStatuspage)
        {
            yield return $"{at}ComponentMap is set but {at}ApiKey and {at}PageId are not: set them, or remove the map.";
        }

        foreach (var (component, theirs) in page.ComponentMap)
        {
            if (!page.Components.ContainsKey(component))
            {
                yield return $"{at}ComponentMap__{component} names no component: map one of {Known(page)}.";
            }
            else if (string.IsNullOrWhiteSpace(theirs))
            {
                yield return $"{at}ComponentMap__{component} is empty: give the Statuspage component's id.";
            }
        }
    }

    private static string Known(StatusPageOptions page) =>
        page.Components.Count == 0 ? "the components under StatusPage__Components (none are set)" : string.Join(", ", page.Components.Keys);
}
