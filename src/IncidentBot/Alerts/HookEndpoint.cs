using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Slack.Http;

namespace IncidentBot.Alerts;

/// <summary>
/// <c>POST /hooks/&lt;source&gt;</c>: 404 for a source without a token or signing secret, 401 for a wrong or missing bearer
/// token (checked before the body is read) or, where Grafana's signing secret is set, a wrong, stale or missing
/// signature (<see cref="GrafanaSignature"/>), 413 for a body over the cap, 400 with the reason for a body not of the source's shape,
/// otherwise the alerts are recorded (their Slack work queued) and 200 answers. Nothing is recorded for a refused delivery.
/// A 401 is counted in <see cref="RefusalTally"/>, never logged one line each: a stranger's flood costs no log.
/// </summary>
public sealed class HookEndpoint(IncidentBotOptions options, AlertService alerts, TimeProvider time, RefusalTally refusals,
    ILogger<HookEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, string source)
    {
        source = source.ToLowerInvariant();
        if (!AlertSources.All.Contains(source) || !options.Hooks.TryGetValue(source, out var hook) || !hook.IsEnabled)
        {
            return Results.NotFound();
        }

        if (hook.Token is { Length: > 0 } token && !HookToken.Matches(http.Request.Headers.Authorization, token))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Unsigned(source, "wrong or missing bearer token");
        }

        var signed = source == AlertSources.Grafana && !string.IsNullOrEmpty(hook.Secret);
        if (signed && GrafanaSignature.CheckHeaders(hook, http.Request.Headers, time.GetUtcNow()) is { } unsigned)
        {
            return Unsigned(source, unsigned);
        }

        if (await SlackRequestBody.ReadAsync(http) is not { } body)
        {
            return Results.Text($"the body is larger than {SlackRequestBody.MaxBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (signed && GrafanaSignature.Verify(hook, http.Request.Headers, body.Raw, time.GetUtcNow()) is { } mismatch)
        {
            return Unsigned(source, mismatch);
        }

        var reading = AlertPayloadReader.Read(source, body.Raw);
        if (reading.Problem is { } problem)
        {
            logger.LogWarning("Refused a delivery to /hooks/{Source}: {Problem}", source, problem);
            return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        await alerts.ReceiveAsync(source, hook, reading.Alerts, http.RequestAborted);
        return Results.Json(new { received = reading.Alerts.Count });
    }

    /// <summary>The problem is one of a few fixed texts (a header name from the settings at most), never what the request sent.</summary>
    private IResult Unsigned(string source, string problem)
    {
        refusals.Count($"/hooks/{source}: {problem}");
        return Results.Text(problem, statusCode: StatusCodes.Status401Unauthorized);
    }
}
