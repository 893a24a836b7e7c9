using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>usergroups.* methods.</summary>
internal sealed partial class SlackApiClient
{
    public async Task<IReadOnlyList<string>> ListUserGroupMembersAsync(string userGroup, CancellationToken ct = default)
    {
        var body = await CallAsync("usergroups.users.list", new SlackForm().Add("usergroup", userGroup), ct).ConfigureAwait(false);
        return (body["users"] as JsonArray ?? [])
            .Where(u => u?.GetValueKind() == JsonValueKind.String)
            .Select(u => u!.GetValue<string>())
            .ToList();
    }
}
