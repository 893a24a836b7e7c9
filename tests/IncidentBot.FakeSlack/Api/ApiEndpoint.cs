using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>Serves <c>POST /api/{method}</c>: latency, faults, tier limits, auth, then the method under the state lock.</summary>
internal sealed class ApiEndpoint(
    ApiContext context, MethodTable methods, FaultInjector faults, RateLimiter limits, CallLog calls, Func<TimeSpan> latency)
{
    /// <summary>nginx's status for a request the client abandoned; used only in <see cref="RecordedCall.HttpStatus"/>.</summary>
    public const int ClientClosedRequest = 499;

    public async Task HandleAsync(HttpContext http, string method)
    {
        var arrival = calls.Arrive();
        var at = context.Time.GetUtcNow();
        var (args, malformed) = await ArgsReader.ReadAsync(http.Request);
        Outcome outcome;
        try
        {
            var lag = latency();
            if (lag > TimeSpan.Zero)
            {
                await Task.Delay(lag, http.RequestAborted);
            }

            outcome = await ServeAsync(http, method, args, malformed);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (e.g. its timeout) before an answer; nothing was done, but the attempt counts.
            calls.Add(arrival, new RecordedCall(method, args, at, ClientClosedRequest, "client_closed_request", false, context.Time.GetUtcNow()));
            return;
        }

        calls.Add(arrival, new RecordedCall(method, args, at, outcome.Status, outcome.Error, outcome.Faulted, context.Time.GetUtcNow()));
        http.Response.StatusCode = outcome.Status;
        if (outcome.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        if (outcome.Body is { } body)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
        }
        else if (outcome.Html is { } html)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html, http.RequestAborted);
        }
    }

    private async Task<Outcome> ServeAsync(HttpContext http, string method, Dictionary<string, string> args, bool malformed)
    {
        if (!methods.TryGet(method, out var handler))
        {
            return Outcome.Fail("unknown_method", StatusCodes.Status404NotFound);
        }

        var fault = faults.Next(method);
        if (fault is DelayFault delay)
        {
            await Task.Delay(delay.Duration, http.RequestAborted);
            fault = null;
        }

        switch (fault)
        {
            case RateLimitedFault r:
                return Outcome.Fail("ratelimited", StatusCodes.Status429TooManyRequests) with { RetryAfter = r.RetryAfterSeconds, Faulted = true };
            case ServerErrorFault s:
                return new Outcome(s.Status, null, $"<html><body><h1>{s.Status} Server Error</h1></body></html>", "http_" + s.Status.ToString(CultureInfo.InvariantCulture), null, true);
            case SlackErrorFault e:
                return Outcome.Fail(e.Error) with { Faulted = true };
        }

        if (limits.Admit(method) is { } limitedFor)
        {
            return Outcome.Fail("ratelimited", StatusCodes.Status429TooManyRequests) with { RetryAfter = limitedFor };
        }

        var token = TokenOf(http.Request, args);
        if (AuthError(method, token) is { } authError)
        {
            return Outcome.Fail(authError);
        }

        if (malformed)
        {
            return Outcome.Fail("invalid_arguments");
        }

        var outcome = Execute(handler, new ApiRequest(method, args, context) { Token = token });
        if (fault is HoldResponseFault hold)
        {
            faults.RecordHeld(method);
            await Task.Delay(hold.Duration, http.RequestAborted);
            return outcome with { Faulted = true };
        }

        return outcome;
    }

    private Outcome Execute(Func<ApiRequest, JsonObject> handler, ApiRequest request)
    {
        try
        {
            JsonObject body;
            lock (context.State.Gate)
            {
                body = handler(request);
            }

            return new Outcome(StatusCodes.Status200OK, body, null, null, null, false);
        }
        catch (SlackApiException e)
        {
            var body = ApiRequest.Fail(e.Error, e.Messages);
            return new Outcome(StatusCodes.Status200OK, body, null, e.Error, null, false);
        }
#pragma warning disable CA1031 // A bug in the fake must surface as a recorded 500, not a dropped connection.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var body = ApiRequest.Fail("fake_slack_bug", [e.ToString()]);
            return new Outcome(StatusCodes.Status500InternalServerError, body, null, "fake_slack_bug: " + e.Message, null, false);
        }
    }

    private static string? TokenOf(HttpRequest request, Dictionary<string, string> args)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return args.GetValueOrDefault("token");
    }

    private string? AuthError(string method, string? token)
    {
        // Like Slack: the code exchange is authenticated by the app's client id and secret, which the method checks.
        if (method == "openid.connect.token")
        {
            return null;
        }

        if (string.IsNullOrEmpty(token))
        {
            return "not_authed";
        }

        // userInfo takes a user token from the exchange, which the method looks up.
        if (method == "openid.connect.userInfo")
        {
            return null;
        }

        var expected = method == "apps.connections.open" ? context.Options.AppToken : context.Options.BotToken;
        return token == expected ? null : "invalid_auth";
    }

    private sealed record Outcome(int Status, JsonObject? Body, string? Html, string? Error, int? RetryAfter, bool Faulted)
    {
        public static Outcome Fail(string error, int status = StatusCodes.Status200OK) =>
            new(status, ApiRequest.Fail(error, []), null, error, null, false);
    }
}
