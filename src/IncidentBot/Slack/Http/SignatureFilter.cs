using Microsoft.AspNetCore.Http.Features;

namespace IncidentBot.Slack.Http;

/// <summary>
/// Refuses the request with 401 unless Slack signed it within the last five minutes, and runs before any parsing, so
/// an unsigned request changes nothing. The headers are checked before a byte of the body is read: a request without a
/// fresh timestamp and a well-formed signature is answered at once and costs no buffer. The body is then read up to
/// <see cref="SlackRequestBody.MaxBytes"/> (413 above it) and its signature verified. Refusals are counted in
/// <see cref="RefusalTally"/>, which logs them once a minute, never one line each.
/// </summary>
public sealed class SignatureFilter(SlackSignatureVerifier verifier, RefusalTally refusals) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var signature = http.Request.Headers["X-Slack-Signature"].FirstOrDefault();
        var timestamp = http.Request.Headers["X-Slack-Request-Timestamp"].FirstOrDefault();
        var headers = verifier.CheckHeaders(signature, timestamp);
        if (headers != SignatureCheck.Valid)
        {
            return Refuse(http, headers.ToString(), StatusCodes.Status401Unauthorized, "invalid signature");
        }

        var (body, refusal) = await ReadBodyAsync(http);
        if (body is null)
        {
            return refusal;
        }

        var check = verifier.Verify(signature, timestamp, body.Raw);
        return check == SignatureCheck.Valid
            ? await next(context)
            : Refuse(http, check.ToString(), StatusCodes.Status401Unauthorized, "invalid signature");
    }

    private async Task<(SlackRequestBody? Body, IResult? Refusal)> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > SlackRequestBody.MaxBytes)
        {
            return (null, DeclaredTooLarge(http));
        }

        try
        {
            return await SlackRequestBody.ReadAsync(http) is { } body ? (body, null) : (null, TooLarge(http));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's MaxRequestBodySize is the same cap; it can stop a chunked body a byte before the read does.
            return (null, TooLarge(http));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits end the read: a body sent too slowly, or cut short.
            return (null, Refuse(http, "BodyUnreadable", ex.StatusCode, "request body could not be read"));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-body; nobody is waiting for the answer.
            return (null, Refuse(http, "BodyAborted", StatusCodes.Status400BadRequest, "request aborted"));
        }
    }

    /// <summary>
    /// A signed-looking request that says up front its body is too large is answered 413 and kept open while Kestrel
    /// drains (reads and discards, for at most a few seconds) what follows, so a client still sending reads the reason
    /// rather than a reset connection. Nothing of that body is kept.
    /// </summary>
    private IResult DeclaredTooLarge(HttpContext http)
    {
        refusals.Count("BodyTooLarge");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        return Results.Text(TooLargeText, statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    private static string TooLargeText => $"request body larger than {SlackRequestBody.MaxBytes / 1024} KiB: Slack's requests are smaller";

    private IResult TooLarge(HttpContext http) => Refuse(http, "BodyTooLarge", StatusCodes.Status413PayloadTooLarge, TooLargeText);

    /// <summary>
    /// Answers with the reason and closes the connection after it: a stranger's connection is not kept for another
    /// request, and whatever is left of its body is only drained (for a few seconds), never buffered.
    /// </summary>
    private IResult Refuse(HttpContext http, string reason, int status, string text)
    {
        refusals.Count(reason);
        http.Response.Headers.Connection = "close";

        return Results.Text(text, statusCode: status);
    }
}
