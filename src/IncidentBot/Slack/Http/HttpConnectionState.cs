namespace IncidentBot.Slack.Http;

/// <summary>Over HTTP, Slack connects to us: the transport is up while the process is.</summary>
public sealed class HttpConnectionState : IConnectionState
{
    public bool IsConnected => true;

    public string? Problem => null;
}
