using System.Text.Json;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// What the roles modal carries in <c>private_metadata</c>: the incident, and who held each role when the form was
/// opened, so a submission changes only what the person changed and notices what others changed meanwhile.
/// </summary>
public sealed record RolesModalMetadata(long IncidentId, Dictionary<string, string> Holders)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static RolesModalMetadata? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RolesModalMetadata>(json) is { Holders: not null } metadata ? metadata : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
