using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Renders a channel the way conversations.* methods return it.</summary>
internal static class ChannelJson
{
    public static JsonObject Render(SlackChannel c, string viewerId) => new()
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["is_channel"] = true,
        ["is_group"] = false,
        ["is_im"] = false,
        ["is_mpim"] = false,
        ["is_private"] = c.IsPrivate,
        ["created"] = c.Created,
        ["creator"] = c.Creator,
        ["is_archived"] = c.IsArchived,
        ["is_general"] = false,
        ["unlinked"] = 0,
        ["name_normalized"] = c.Name,
        ["is_shared"] = false,
        ["is_ext_shared"] = false,
        ["is_org_shared"] = false,
        ["pending_shared"] = new JsonArray(),
        ["is_pending_ext_shared"] = false,
        ["is_member"] = c.HasMember(viewerId),
        ["topic"] = Text(c.Topic),
        ["purpose"] = Text(c.Purpose),
        ["previous_names"] = new JsonArray(),
        ["num_members"] = c.Members.Count,
    };

    private static JsonObject Text(SlackChannelText t) => new()
    {
        ["value"] = t.Value,
        ["creator"] = t.Creator,
        ["last_set"] = t.LastSet,
    };
}
