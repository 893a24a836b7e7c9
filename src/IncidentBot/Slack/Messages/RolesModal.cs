using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The roles modal: a user select per configured role, prefilled with its holder.</summary>
public static class RolesModal
{
    public const string CallbackId = "roles";
    public const string ValueAction = "value";
    private const string BlockPrefix = "role_";

    public static string BlockId(RoleDefinition role) => BlockPrefix + role.Key;

    public static JsonObject Build(Incident incident, RoleCatalog roles, string privateMetadata)
    {
        var blocks = new List<JsonObject>
        {
            Blocks.Context($"*{incident.Reference}*: {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 150))}"),
        };
        blocks.AddRange(roles.All.Take(Blocks.ModalBlockMax - 1).Select(r => Input(r, incident.RoleHolder(r.Key))));
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = Blocks.PlainText("Assign roles"),
            ["submit"] = Blocks.PlainText("Assign"),
            ["close"] = Blocks.PlainText("Cancel"),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = Blocks.Array(blocks),
        };
    }

    private static JsonObject Input(RoleDefinition role, string? holder)
    {
        var select = new JsonObject
        {
            ["type"] = "users_select",
            ["action_id"] = ValueAction,
            ["placeholder"] = Blocks.PlainText("Choose someone"),
        };
        if (holder is not null)
        {
            select["initial_user"] = holder;
        }

        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = BlockId(role),
            ["optional"] = true,
            ["label"] = Blocks.PlainText(SlackText.Truncate(string.IsNullOrWhiteSpace(role.Name) ? role.Key : role.Name, 2000)),
            ["element"] = select,
        };
        if (!string.IsNullOrWhiteSpace(role.Duty))
        {
            input["hint"] = Blocks.PlainText(SlackText.Truncate(role.Duty, 2000));
        }

        return input;
    }
}
