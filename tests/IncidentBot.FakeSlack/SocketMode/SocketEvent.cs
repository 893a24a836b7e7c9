namespace IncidentBot.FakeSlack;

/// <summary>Something that happened to a Socket Mode connection, in the order it happened (see <see cref="FakeSocketMode.History"/>).</summary>
public sealed record SocketEvent(int ConnectionId, string What)
{
    public const string Opened = "opened";
    public const string ClosedByClient = "closed-by-client";
    public const string ClosedByServer = "closed-by-server";
    public const string Dropped = "dropped";
}
