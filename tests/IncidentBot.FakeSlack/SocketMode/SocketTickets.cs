using System.Security.Cryptography;

namespace IncidentBot.FakeSlack;

/// <summary>Tickets for the WebSocket URL that <c>apps.connections.open</c> returns; each is good for one connection.</summary>
internal sealed class SocketTickets
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public string Issue()
    {
        var ticket = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            _issued.Add(ticket);
        }

        return ticket;
    }

    public bool Redeem(string? ticket)
    {
        lock (_gate)
        {
            return ticket is not null && _issued.Remove(ticket);
        }
    }
}
