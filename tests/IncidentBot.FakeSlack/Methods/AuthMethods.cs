using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>auth.test, users.info, users.lookupByEmail and apps.connections.open.</summary>
internal static class AuthMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("auth.test", AuthTest);
        table.Add("users.info", UsersInfo);
        table.Add("users.lookupByEmail", UsersLookupByEmail);
        table.Add("apps.connections.open", ConnectionsOpen);
    }

    private static JsonObject AuthTest(ApiRequest req)
    {
        var body = ApiRequest.Ok();
        body["url"] = "https://fake.slack.com/";
        body["team"] = "Fake Workspace";
        body["user"] = req.State.UsersById.GetValueOrDefault(req.Context.BotUserId)?.Name ?? "incidentbot";
        body["team_id"] = req.Context.Options.TeamId;
        body["user_id"] = req.Context.BotUserId;
        body["bot_id"] = ApiContext.BotId;
        body["is_enterprise_install"] = false;
        return body;
    }

    private static JsonObject UsersInfo(ApiRequest req)
    {
        var id = req.Require("user", "user_not_found");
        var user = req.State.UsersById.GetValueOrDefault(id) ?? throw new SlackApiException("user_not_found");
        var body = ApiRequest.Ok();
        var rendered = UserJson.Render(user, req.Context.Options.TeamId);
        if (req.Flag("include_locale"))
        {
            // Like Slack: the locale only when asked for, and en-US for a user with none set.
            rendered["locale"] = user.Locale ?? "en-US";
        }

        body["user"] = rendered;
        return body;
    }

    /// <summary>Like Slack: the member with that email, matched without regard to case; <c>users_not_found</c> otherwise.</summary>
    private static JsonObject UsersLookupByEmail(ApiRequest req)
    {
        var email = req.Require("email", "invalid_email");
        var user = req.State.UsersById.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
            ?? throw new SlackApiException("users_not_found");
        var body = ApiRequest.Ok();
        var rendered = UserJson.Render(user, req.Context.Options.TeamId);
        rendered["profile"]!["email"] = user.Email;
        body["user"] = rendered;
        return body;
    }

    private static JsonObject ConnectionsOpen(ApiRequest req)
    {
        var root = req.Context.RootUrl();
        var body = ApiRequest.Ok();
        body["url"] = $"ws://{root.Authority}/socket?ticket={req.Context.SocketTickets.Issue()}";
        return body;
    }
}
