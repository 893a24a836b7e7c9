namespace IncidentBot.Core.Alerts;

/// <summary>A delivery's body is not of its source's shape; the message is the reason given back.</summary>
internal sealed class AlertPayloadException(string message) : Exception(message);
