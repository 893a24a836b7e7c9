using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>What the client sent, captured at send time (requests are disposed after each attempt).</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string Body)
{
    public string SlackMethod => Uri.Segments[^1];

    public IReadOnlyDictionary<string, string> Form =>
        QueryHelpers.ParseQuery(Body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
}
