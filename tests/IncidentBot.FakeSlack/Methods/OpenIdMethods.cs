using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>
/// <c>openid.connect.token</c> (client credentials and a code for a user token) and <c>openid.connect.userInfo</c> (the
/// user token's holder), with the claims Slack returns.
/// </summary>
internal static class OpenIdMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("openid.connect.token", Token);
        table.Add("openid.connect.userInfo", UserInfo);
    }

    private static JsonObject Token(ApiRequest req)
    {
        var openId = req.Context.OpenId;
        if (req.Args.GetValueOrDefault("client_id") != openId.ClientId)
        {
            throw new SlackApiException("invalid_client_id");
        }

        if (req.Args.GetValueOrDefault("client_secret") != openId.ClientSecret)
        {
            throw new SlackApiException("bad_client_secret");
        }

        var code = req.Require("code", "invalid_code");
        var redirect = req.Args.GetValueOrDefault("redirect_uri") ?? string.Empty;
        var (token, grant) = openId.Exchange(code, redirect) ?? throw new SlackApiException("invalid_code");
        var body = ApiRequest.Ok();
        body["access_token"] = token;
        body["token_type"] = "Bearer";
        body["id_token"] = IdToken(grant);
        return body;
    }

    private static JsonObject UserInfo(ApiRequest req)
    {
        var grant = req.Context.OpenId.Holder(req.Token ?? string.Empty) ?? throw new SlackApiException("invalid_auth");
        var user = req.State.UsersById.GetValueOrDefault(grant.UserId);
        var body = ApiRequest.Ok();
        body["sub"] = grant.UserId;
        body["https://slack.com/user_id"] = grant.UserId;
        body["https://slack.com/team_id"] = grant.TeamId;
        body["email"] = grant.Email;
        body["email_verified"] = true;
        body["date_email_verified"] = 1_700_000_000;
        body["name"] = user?.RealName ?? grant.UserId;
        body["given_name"] = user?.RealName ?? grant.UserId;
        body["locale"] = grant.Locale;
        body["https://slack.com/team_name"] = "Fake Workspace";
        return body;
    }

    /// <summary>An unsigned JWT with the claims; the bot reads who signed in from userInfo, as Slack's docs allow.</summary>
    private static string IdToken(OpenIdGrant grant)
    {
        var header = Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" });
        var claims = Encode(new JsonObject
        {
            ["iss"] = "https://slack.com", ["sub"] = grant.UserId, ["https://slack.com/team_id"] = grant.TeamId, ["nonce"] = grant.Nonce,
        });
        return $"{header}.{claims}.";
    }

    private static string Encode(JsonObject json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
