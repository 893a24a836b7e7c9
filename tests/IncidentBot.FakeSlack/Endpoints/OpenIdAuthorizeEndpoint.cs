using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.FakeSlack;

/// <summary>
/// <c>GET /openid/connect/authorize</c>: checks the request the way Slack does (code flow, the app's client id, the
/// <c>openid</c> scope, a redirect address) and, with the person the test chose approving, sends the browser back to the
/// redirect address with a one-time code and the state unchanged. Nobody approving reads as a declined consent.
/// </summary>
internal sealed class OpenIdAuthorizeEndpoint(FakeOpenId openId)
{
    public const string Path = "/openid/connect/authorize";

    public async Task HandleAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var redirect = query["redirect_uri"].ToString();
        var scopes = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? problem = query["response_type"] != "code" ? "unsupported_response_type"
            : query["client_id"] != openId.ClientId ? "invalid_client_id"
            : !scopes.Contains("openid", StringComparer.Ordinal) ? "invalid_scope"
            : !Uri.TryCreate(redirect, UriKind.Absolute, out _) ? "bad_redirect_uri"
            : null;
        if (problem is not null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(problem);
            return;
        }

        var state = query["state"].ToString();
        var code = openId.Approve(redirect, query["nonce"].ToString());
        var back = code is null
            ? QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = state })
            : QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["code"] = code, ["state"] = state });
        http.Response.Redirect(back);
    }
}
