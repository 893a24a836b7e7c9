using System.Text.Json;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// What the declare modal carries in <c>private_metadata</c>: where to answer the person who opened it, and the alert it
/// was opened from (its triage message's Declare…), which the new incident takes as its first timeline entry.
/// </summary>
public sealed record DeclareModalMetadata(string? ResponseUrl, string? ChannelId, long? AlertId = null)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static DeclareModalMetadata Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new DeclareModalMetadata(null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<DeclareModalMetadata>(json) ?? new DeclareModalMetadata(null, null);
        }
        catch (JsonException)
        {
            return new DeclareModalMetadata(null, null);
        }
    }
}
