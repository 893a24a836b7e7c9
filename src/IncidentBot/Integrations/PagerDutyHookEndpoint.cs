using IncidentBot.Core.Configuration;
using IncidentBot.Core.Integrations;
using IncidentBot.Slack.Http;

namespace IncidentBot.Integrations;

/// <summary>
/// <c>POST /hooks/pagerduty</c>, PagerDuty's v3 webhook: 404 without a webhook secret, 413 for a body over the cap, 401
/// for a missing or wrong <c>X-PagerDuty-Signature</c> (counted in <see cref="RefusalTally"/>, not logged one line each), 400 with the reason for a body not of PagerDuty's shape;
/// otherwise 200, the acknowledgement or resolution recorded (<see cref="PagerDutyFeedback"/>) when it is about one of
/// our incidents. Nothing is recorded for a refused delivery.
/// </summary>
public sealed partial class PagerDutyHookEndpoint(IncidentBotOptions options, PagerDutyFeedback feedback, RefusalTally refusals,
    ILogger<PagerDutyHookEndpoint> logger)
{
    public const string Path = "/hooks/pagerduty";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.PagerDuty.ReceivesWebhooks)
        {
            return Results.NotFound();
        }

        if (await SlackRequestBody.ReadAsync(http) is not { } body)
        {
            return Results.Text($"the body is larger than {SlackRequestBody.MaxBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (PagerDutySignature.Verify(options.PagerDuty.WebhookSecret!, http.Request.Headers[PagerDutySignature.Header].ToString(), body.Raw) is { } unsigned)
        {
            refusals.Count($"{Path}: {unsigned}");
            return Results.Text(unsigned, statusCode: StatusCodes.Status401Unauthorized);
        }

        var reading = PagerDutyWebhookReader.Read(body.Raw);
        if (reading.Problem is { } problem)
        {
            LogRefused(problem);
            return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var recorded = reading.Notice is { } notice ? await feedback.RecordAsync(notice, http.RequestAborted) : PagerDutyRecorded.NotOurs;
        return Results.Json(new { recorded = recorded == PagerDutyRecorded.Recorded });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a delivery to /hooks/pagerduty: {Problem}")]
    private partial void LogRefused(string problem);
}
