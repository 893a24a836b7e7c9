using Microsoft.AspNetCore.Mvc;
using System.Security.Cryptography;
using IncidentBot.Core.Texts;
using IncidentBot.Slack;
using IncidentBot.Slack.Api;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Web;

/// <summary>
/// <c>GET /web/signin</c> sends the browser to Slack; <c>GET /web/callback</c> checks the state, exchanges the code, lets
/// in only members of the bot's own workspace and sets the session cookie; <c>POST /web/signout</c> clears it.
/// </summary>
public static partial class SignInEndpoints
{
    private static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(10);
    private static readonly string[] ReturnPages = ["/incidents", "/insights"];

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/web/signin", SignInAsync).AddEndpointFilter(SlackUnreachable);
        app.MapGet("/web/callback", CallbackAsync).AddEndpointFilter(SlackUnreachable);
        app.MapPost("/web/signout", (HttpContext http, [FromServices] SessionCookie cookies) =>
        {
            http.Response.Cookies.Delete(SessionCookie.SessionName, cookies.Options(DateTimeOffset.UnixEpoch));
            return Results.Redirect("/web/signedout");
        });
        app.MapGet("/web/signedout", ([FromServices] Words words) => WebPage.Html(WebFrame.Message(words, words["web.signed_out"], true)));
        return app;
    }

    /// <summary>
    /// Only a page of the web view (<c>/incidents…</c> or <c>/insights…</c>) is returned to, so the sign-in cannot be used to
    /// send people elsewhere; anything else returns to the list.
    /// </summary>
    public static string SafeReturn(string? path) =>
        path is { Length: > 0 } p && ReturnPages.Any(page => IsPageOrBelow(p, page))
        && !p.Contains("//", StringComparison.Ordinal) && !p.Contains('\\', StringComparison.Ordinal) && !p.Any(char.IsControl)
            ? p : "/incidents";

    private static bool IsPageOrBelow(string path, string page) =>
        path.StartsWith(page, StringComparison.Ordinal) && (path.Length == page.Length || path[page.Length] is '/' or '?' or '#');

    private static async Task<IResult> SignInAsync(HttpContext http, [FromServices] SlackOpenId openId, [FromServices] SlackIdentity identity, [FromServices] SessionCookie cookies, [FromServices] TimeProvider time, string? @return)
    {
        var state = Random();
        var nonce = Random();
        var expires = time.GetUtcNow() + SignInWindow;
        http.Response.Cookies.Append(SessionCookie.SignInName, cookies.SignSignIn(new SignInState(state, nonce, SafeReturn(@return), expires)), cookies.Options(expires));
        return Results.Redirect(openId.AuthorizeUrl(state, nonce, await identity.TeamIdAsync(http.RequestAborted)));
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, [FromServices] SlackOpenId openId, [FromServices] SlackIdentity identity, [FromServices] ISlackApi slack, [FromServices] SessionCookie cookies, [FromServices] Words words, [FromServices] TimeProvider time,
        [FromServices] ILogger<SessionCookie> logger, string? code, string? state)
    {
        var started = cookies.SignIn(http.Request);
        http.Response.Cookies.Delete(SessionCookie.SignInName, cookies.Options(DateTimeOffset.UnixEpoch));
        if (started is null || started.ExpiresAt <= time.GetUtcNow() || state != started.State || string.IsNullOrEmpty(code))
        {
            return Refused(words, "web.signin.expired", StatusCodes.Status400BadRequest);
        }

        var (person, error) = await openId.SignInAsync(code, http.RequestAborted);
        if (person is null)
        {
            LogRefused(logger, error ?? "unknown");
            return Refused(words, "web.signin.failed", StatusCodes.Status400BadRequest);
        }

        if (person.TeamId != await identity.TeamIdAsync(http.RequestAborted))
        {
            LogOtherWorkspace(logger, person.UserId, person.TeamId);
            return Refused(words, "web.signin.other_workspace", StatusCodes.Status403Forbidden);
        }

        var user = await slack.GetUserAsync(person.UserId, http.RequestAborted);
        var language = Core.Texts.Language.FromLocale(person.Locale ?? user.Locale) ?? words.Language;
        var expires = time.GetUtcNow() + WebSettings.SessionLength;
        var session = new WebSession(person.UserId, person.TeamId, person.Name ?? user.RealName ?? user.Name, user.TimeZone ?? "UTC", language.Code, expires);
        http.Response.Cookies.Append(SessionCookie.SessionName, cookies.SignSession(session), cookies.Options(expires));
        LogSignedIn(logger, person.UserId);
        return Results.Redirect(started.ReturnTo);
    }

    /// <summary>Slack failing or out of reach during sign-in is a page that says so (503), never an error page.</summary>
    private static async ValueTask<object?> SlackUnreachable(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is TaskCanceledException && !context.HttpContext.RequestAborted.IsCancellationRequested))
        {
            var http = context.HttpContext;
            LogUnreachable(http.RequestServices.GetRequiredService<ILogger<SessionCookie>>(), ex.GetType().Name);
            return Refused(http.RequestServices.GetRequiredService<Words>(), "web.signin.unavailable", StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web view: sign-in could not reach Slack ({Problem})")]
    private static partial void LogUnreachable(ILogger logger, string problem);

    private static IResult Refused(Words words, string key, int status) =>
        WebPage.Html(WebFrame.Message(words, words[key], true), status);

    private static string Random() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    [LoggerMessage(Level = LogLevel.Information, Message = "Web view: {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web view: Slack refused a sign-in ({SlackError})")]
    private static partial void LogRefused(ILogger logger, string slackError);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web view: {UserId} of workspace {TeamId} is not in the bot's workspace; refused")]
    private static partial void LogOtherWorkspace(ILogger logger, string userId, string teamId);
}
