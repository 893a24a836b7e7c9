using System.Text.Json;

namespace IncidentBot.Work;

/// <summary>A short answer for one person in a channel (a refused or lost button click), sent from the work queue.</summary>
public sealed record EphemeralNotice(string ChannelId, string UserId, string Text)
{
    public const string Kind = "ephemeral_notice";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static EphemeralNotice Parse(string json) =>
        JsonSerializer.Deserialize<EphemeralNotice>(json) ?? throw new JsonException("empty ephemeral_notice payload");
}
