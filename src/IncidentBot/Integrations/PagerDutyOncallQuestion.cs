using System.Text.Json;

namespace IncidentBot.Integrations;

/// <summary>
/// An <c>/incident oncall</c> waiting for PagerDuty's schedule: where to answer (the command's response_url) and who asked
/// (their language).
/// </summary>
public sealed record PagerDutyOncallQuestion(string ResponseUrl, string UserId)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static PagerDutyOncallQuestion Parse(string json) =>
        JsonSerializer.Deserialize<PagerDutyOncallQuestion>(json) ?? throw new JsonException("empty on-call question");
}
