using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The roles modal, in the words of whoever opened it: a user select per configured role (named and explained in those
/// words), prefilled with its holder.
/// </summary>
public static class RolesModal
{
    public const string CallbackId = "roles";
    public const string ValueAction = "value";
    private const string BlockPrefix = "role_";

    public static string BlockId(RoleDefinition role) => BlockPrefix + role.Key;

    public static JsonObject Build(Words words, Incident incident, RoleCatalog roles, string privateMetadata)
    {
        var blocks = new List<JsonObject>
        {
            Blocks.Context($"*{incident.Reference}*: {PersonText.Mrkdwn(SlackText.Truncate(incident.Title, 150))}"),
        };
        blocks.AddRange(roles.All.Take(Blocks.ModalBlockMax - 1).Select(r => Input(words, r, incident.RoleHolder(r.Key))));
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = Blocks.PlainText(words["roles_form.title"]),
            ["submit"] = Blocks.PlainText(words["roles_form.submit"]),
            ["close"] = Blocks.PlainText(words["form.cancel"]),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = Blocks.Array(blocks),
        };
    }

    private static JsonObject Input(Words words, RoleDefinition role, string? holder)
    {
        var select = new JsonObject
        {
            ["type"] = "users_select",
            ["action_id"] = ValueAction,
            ["placeholder"] = Blocks.PlainText(words["roles_form.placeholder"]),
        };
        if (holder is not null)
        {
            select["initial_user"] = holder;
        }

        var name = words.RoleName(role);
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = BlockId(role),
            ["optional"] = true,
            ["label"] = Blocks.PlainText(SlackText.Truncate(string.IsNullOrWhiteSpace(name) ? role.Key : name, 2000)),
            ["element"] = select,
        };
        var duty = words.RoleDuty(role);
        if (!string.IsNullOrWhiteSpace(duty))
        {
            input["hint"] = Blocks.PlainText(SlackText.Truncate(duty, 2000));
        }

        return input;
    }
}
