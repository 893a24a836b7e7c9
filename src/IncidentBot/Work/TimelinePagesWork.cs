using System.Text.Json;

namespace IncidentBot.Work;

/// <summary>
/// Pages 2… of a <c>/incident timeline</c> answer, sent ephemerally to <see cref="UserId"/> after the first page.
/// <see cref="LastEntryId"/> freezes the entries to those the first page was cut from, and <see cref="Language"/> the
/// words it was cut in (their lengths decide the cut), so the pages join up.
/// </summary>
public sealed record TimelinePagesWork(string ChannelId, string UserId, long LastEntryId, string? Language = null)
{
    public const string Kind = "timeline_pages";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static TimelinePagesWork Parse(string json) =>
        JsonSerializer.Deserialize<TimelinePagesWork>(json) ?? throw new JsonException("empty timeline_pages payload");
}
