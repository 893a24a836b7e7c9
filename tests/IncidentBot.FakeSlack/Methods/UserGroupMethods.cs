using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>usergroups.users.list: the members of a user group the workspace has (<see cref="FakeSlackServer.AddUserGroup"/>).</summary>
internal static class UserGroupMethods
{
    public static void Register(MethodTable table) => table.Add("usergroups.users.list", UsersList);

    private static JsonObject UsersList(ApiRequest req)
    {
        var id = req.Require("usergroup", "no_such_subteam");
        var members = req.State.UserGroupsById.GetValueOrDefault(id) ?? throw new SlackApiException("no_such_subteam");
        var body = ApiRequest.Ok();
        body["users"] = new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m))]);
        return body;
    }
}
