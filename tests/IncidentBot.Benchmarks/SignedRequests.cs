using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Slack.Http;

namespace IncidentBot.Benchmarks;

/// <summary>Signed slash commands, as Slack sends them.</summary>
public sealed class SignedRequests(HttpClient http, string signingSecret)
{
    private int _sequence;

    public async Task<HttpResponseMessage> CommandAsync(string text, string user = "U1", string channel = "CGENERAL", CancellationToken ct = default)
    {
        var n = Interlocked.Increment(ref _sequence);
        var body = $"team_id=T0001&channel_id={channel}&user_id={user}&command=%2Fincident&text={Uri.EscapeDataString(text)}" +
            $"&trigger_id=bench.{n}.{Guid.NewGuid():N}";
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(signingSecret, ts, bytes));
        return await http.SendAsync(request, ct);
    }
}
