namespace IncidentBot.Core.Alerts;

/// <summary>The alerts a delivery carried, or why it was refused (English: it is an HTTP 400 reason).</summary>
public sealed record AlertReading(IReadOnlyList<ReceivedAlert> Alerts, string? Problem)
{
    public static AlertReading Refused(string problem) => new([], problem);
}
