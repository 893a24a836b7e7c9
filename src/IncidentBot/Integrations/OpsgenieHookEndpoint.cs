using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Integrations;
using IncidentBot.Slack.Http;

namespace IncidentBot.Integrations;

/// <summary>
/// <c>POST /hooks/opsgenie</c>, an Opsgenie webhook integration: 404 without a webhook secret, 401 when the
/// <c>X-IncidentBot-Secret</c> header (a custom header set on the integration) is missing or wrong (checked before a
/// byte of the body is read, and counted in <see cref="RefusalTally"/>, not logged one line each), 413 for a body over
/// the cap, 400 with the reason for a body not of Opsgenie's shape; otherwise 200, an acknowledgement or close recorded
/// (<see cref="OpsgenieFeedback"/>) when it is about one of our incidents.
/// </summary>
public sealed partial class OpsgenieHookEndpoint(IncidentBotOptions options, OpsgenieFeedback feedback, RefusalTally refusals,
    ILogger<OpsgenieHookEndpoint> logger)
{
    public const string Path = "/hooks/opsgenie";
    public const string SecretHeader = "X-IncidentBot-Secret";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.Opsgenie.ReceivesWebhooks)
        {
            return Results.NotFound();
        }

        if (!Matches(options.Opsgenie.WebhookSecret!, http.Request.Headers[SecretHeader].ToString()))
        {
            refusals.Count($"{Path}: missing or wrong {SecretHeader}");
            return Results.Text($"missing or wrong {SecretHeader}", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (await SlackRequestBody.ReadAsync(http) is not { } body)
        {
            return Results.Text($"the body is larger than {SlackRequestBody.MaxBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (notice, problem) = OpsgenieWebhookReader.Read(body.Raw);
        if (problem is not null)
        {
            LogRefused(problem);
            return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var recorded = notice is not null && await feedback.RecordAsync(notice, http.RequestAborted);
        return Results.Json(new { recorded });
    }

    private static bool Matches(string secret, string given) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a delivery to /hooks/opsgenie: {Problem}")]
    private partial void LogRefused(string problem);
}
