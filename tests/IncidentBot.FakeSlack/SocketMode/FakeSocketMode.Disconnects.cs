using System.Diagnostics;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>What Slack does to connections: refreshes, drops, and turning Socket Mode off.</summary>
public sealed partial class FakeSocketMode
{
    private static readonly TimeSpan RefreshGrace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Sends <c>disconnect</c> <c>refresh_requested</c> to every open connection, then waits for the client to close
    /// them (after it has connected again), closing any still open itself after 10 s.
    /// </summary>
    public async Task RequestRefreshAsync()
    {
        var old = await DisconnectAllAsync("refresh_requested");
        var watch = Stopwatch.StartNew();
        while (old.Any(c => _open.ContainsKey(c.Id)) && watch.Elapsed < RefreshGrace)
        {
            await Task.Delay(10);
        }

        await Task.WhenAll(old.Where(c => _open.ContainsKey(c.Id)).Select(c => c.CloseAsync()));
    }

    /// <summary>Sends <c>disconnect</c> <c>link_disabled</c> to every open connection and closes them.</summary>
    public async Task DisableLinkAsync()
    {
        var old = await DisconnectAllAsync("link_disabled");
        await Task.WhenAll(old.Select(c => c.CloseAsync()));
    }

    /// <summary>Cuts every connection with no close handshake, as a network failure would; returns once they are gone.</summary>
    public async Task DropAllAsync()
    {
        var old = _open.Values.ToList();
        foreach (var connection in old)
        {
            connection.Abort();
        }

        while (old.Any(c => _open.ContainsKey(c.Id)))
        {
            await Task.Delay(10);
        }
    }

    private async Task<List<FakeSocketConnection>> DisconnectAllAsync(string reason)
    {
        var old = _open.Values.ToList();
        var frame = new JsonObject
        {
            ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-fake" },
        };
        foreach (var connection in old)
        {
            connection.MarkDisconnecting();
            await connection.SendAsync(frame);
        }

        return old;
    }
}
