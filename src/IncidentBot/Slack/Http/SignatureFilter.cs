namespace IncidentBot.Slack.Http;

/// <summary>
/// Reads the raw body and refuses the request with 401 unless Slack signed it within the last five minutes.
/// Runs before any parsing, so an unsigned request changes nothing.
/// </summary>
public sealed class SignatureFilter(SlackSignatureVerifier verifier, ILogger<SignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var body = await SlackRequestBody.ReadAsync(http);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Verify(
            http.Request.Headers["X-Slack-Signature"].FirstOrDefault(),
            http.Request.Headers["X-Slack-Request-Timestamp"].FirstOrDefault(),
            body.Raw);
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Refused a Slack request to {Path}: {SignatureCheck}", http.Request.Path.Value, check);
            return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
