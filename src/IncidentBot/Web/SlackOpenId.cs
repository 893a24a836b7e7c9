using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web;

/// <summary>
/// Sign in with Slack (OpenID Connect): the authorization address the browser is sent to, then the code exchanged with
/// <c>openid.connect.token</c> for a user token and that token's holder read with <c>openid.connect.userInfo</c>. The
/// user token is used for that one call and never kept or logged.
/// </summary>
public sealed class SlackOpenId(HttpClient http, IOptions<SlackApiOptions> slack, WebSettings settings)
{
    private Uri ApiBase => slack.Value.BaseUrl;

    /// <summary>Slack's authorize page, beside its Web API (<c>https://slack.com/openid/connect/authorize</c>).</summary>
    public string AuthorizeUrl(string state, string nonce, string teamId) =>
        QueryHelpers.AddQueryString(new Uri(ApiBase, "../openid/connect/authorize").ToString(), new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["scope"] = "openid profile email",
            ["client_id"] = settings.ClientId,
            ["redirect_uri"] = settings.RedirectUrl.ToString(),
            ["state"] = state,
            ["nonce"] = nonce,
            ["team"] = teamId,
        });

    /// <summary>The signed-in person (user id, team id, name, locale), or the Slack error that refused the code.</summary>
    public async Task<(OpenIdPerson? Person, string? Error)> SignInAsync(string code, CancellationToken ct)
    {
        using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
            ["code"] = code,
            ["redirect_uri"] = settings.RedirectUrl.ToString(),
        });
        var tokens = await PostAsync("openid.connect.token", exchange, null, ct);
        if (tokens["ok"]?.GetValue<bool>() != true || SlackResponseReader.Optional(tokens, "access_token") is not { } token)
        {
            return (null, SlackResponseReader.Optional(tokens, "error") ?? "invalid_response");
        }

        using var empty = new FormUrlEncodedContent([]);
        var info = await PostAsync("openid.connect.userInfo", empty, token, ct);
        var user = SlackResponseReader.Optional(info, "https://slack.com/user_id") ?? SlackResponseReader.Optional(info, "sub");
        var team = SlackResponseReader.Optional(info, "https://slack.com/team_id");
        if (info["ok"]?.GetValue<bool>() != true || user is null || team is null)
        {
            return (null, SlackResponseReader.Optional(info, "error") ?? "invalid_response");
        }

        return (new OpenIdPerson(user, team, SlackResponseReader.Optional(info, "name"), SlackResponseReader.Optional(info, "locale")), null);
    }

    private async Task<JsonObject> PostAsync(string method, HttpContent content, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ApiBase, method)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)) as JsonObject ?? [];
    }
}
