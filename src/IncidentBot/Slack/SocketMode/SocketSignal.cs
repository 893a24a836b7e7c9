namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Something the supervisor must act on: a connection ended (<see cref="Ended"/>) or Slack sent a <c>disconnect</c>
/// with the reason in <see cref="What"/>.
/// </summary>
public sealed record SocketSignal(SocketModeConnection Connection, string What)
{
    public const string Ended = "ended";
}
