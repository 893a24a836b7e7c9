using System.Text.Json.Nodes;
using IncidentBot.Monitoring;
using IncidentBot.Slack.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Api;

/// <summary>
/// <see cref="ISlackApi"/> over HTTP. Split by Slack API family across partial files
/// (conversations, chat, views/users/files) to keep each file small.
/// </summary>
internal sealed partial class SlackApiClient : ISlackApi
{
    private readonly SlackApiOptions _options;
    private readonly SlackTransport _transport;
    private readonly ChannelPacer _pacer;
    private readonly Uri _baseUrl;

    public SlackApiClient(
        HttpClient http,
        IOptions<SlackApiOptions> options,
        ChannelPacer pacer,
        TimeProvider time,
        ILogger<SlackApiClient> logger,
        MethodPauses? pauses = null,
        MentionFence? fence = null,
        SlackCallMetrics? metrics = null)
    {
        _options = options.Value;
        _pacer = pacer;
        var pipeline = SlackResiliencePipeline.Create(_options, time, logger);
        _transport = new SlackTransport(http, pipeline, pauses ?? new MethodPauses(time), fence ?? MentionFence.Closed, time, logger,
            metrics ?? SlackCallMetrics.Unexported());
        var baseText = _options.BaseUrl.ToString();
        _baseUrl = baseText.EndsWith('/') ? _options.BaseUrl : new Uri(baseText + "/");
    }

    public async Task<AuthTestResult> AuthTestAsync(CancellationToken ct = default)
    {
        const string method = "auth.test";
        var body = await CallAsync(method, new SlackForm(), ct).ConfigureAwait(false);
        return new AuthTestResult(
            SlackResponseReader.Required(method, body, "user_id"),
            SlackResponseReader.Required(method, body, "team_id"),
            SlackResponseReader.Optional(body, "bot_id"));
    }

    public async Task<Uri> OpenSocketConnectionAsync(CancellationToken ct = default)
    {
        const string method = "apps.connections.open";
        if (string.IsNullOrEmpty(_options.AppToken))
        {
            throw new InvalidOperationException("Socket Mode needs an app-level token (xapp-); none is configured.");
        }

        var body = await _transport.CallAsync(Url(method), method, _options.AppToken, new SlackForm(), ct)
            .ConfigureAwait(false);
        return new Uri(SlackResponseReader.Required(method, body, "url"));
    }

    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject body, CancellationToken ct = default)
    {
        const string method = "response_url";
        using var response = await _transport.SendAsync(
            method,
            () => new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = _transport.JsonContent(body) },
            ct).ConfigureAwait(false);
        EnsureSuccess(method, response);
    }

    private Task<JsonObject> CallAsync(string method, SlackForm form, CancellationToken ct, bool queued = false) =>
        _transport.CallAsync(Url(method), method, _options.BotToken, form, ct, queued);

    private async Task CallIgnoringAsync(string method, SlackForm form, string benignError, CancellationToken ct)
    {
        try
        {
            await CallAsync(method, form, ct).ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.Error == benignError)
        {
            // The desired end state already holds.
        }
    }

    private Uri Url(string method) => new(_baseUrl, method);

    private static void EnsureSuccess(string method, HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }
    }
}
