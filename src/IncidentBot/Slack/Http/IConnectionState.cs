namespace IncidentBot.Slack.Http;

/// <summary>Whether the transport that brings Slack's requests is up (always, over HTTP).</summary>
public interface IConnectionState
{
    bool IsConnected { get; }

    string? Problem { get; }
}
